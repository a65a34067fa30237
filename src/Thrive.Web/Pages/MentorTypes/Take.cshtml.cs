using Thrive.Web.Features.MentorTypes;

namespace Thrive.Web.Pages.MentorTypes;

/// <summary>The quiz: 30 questions, one yes/no pair of radio buttons each, in fieldsets; the answers before are ticked when retaking.</summary>
public sealed class TakeModel(GetMentorType.Handler get, TakeMentorTypeQuiz.Handler take, Access access) : ThrivePageModel<GetMentorType.View>
{
    public TakeMentorTypeQuiz.Request Input { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied) return denied;
        if (View.Result is { } r) Input = new TakeMentorTypeQuiz.Request { Answers = r.Answers.Select(a => (bool?)a).ToList() };
        return Page();
    }

    /// <summary>
    /// Reads one answer per question by its index (a list bound the usual way would stop at the first unanswered question,
    /// and the refusal could not name each one).
    /// </summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input = new TakeMentorTypeQuiz.Request
        {
            Answers = Enumerable.Range(0, MentorTypeQuiz.Count).Select(i => bool.TryParse(Request.Form[$"Input.Answers[{i}]"], out var a) ? a : (bool?)null).ToList(),
        };
        return await AfterChangeAsync(await take.HandleAsync(Actor, Input, ct), "Your answers are saved. Here is your result.", "/MentorType", () => LoadAsync(ct), nameof(Input));
    }

    /// <summary>The answer given to question <paramref name="i"/> (0-based), if any.</summary>
    public bool? Answer(int i) => Input.Answers is { } a && i < a.Count ? a[i] : null;

    /// <summary>Only mentors and mentees take the quiz: others are refused the form too.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var place = await access.OwnPlaceAsync(Actor, null, ct);
        return Denied(place.Errors) ?? await ShowAsync(get.HandleAsync(Actor, ct));
    }
}
