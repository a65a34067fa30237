using Thrive.Web.Features.Surveys;

namespace Thrive.Web.Pages.Surveys;

/// <summary>The relationship pulse and the end survey share one form: each page names its kind and its address.</summary>
public abstract class PairSurveyModel(GetPairSurvey.Handler get, AnswerPairSurvey.Handler answer, SurveyKind kind, string page) : ThrivePageModel<GetPairSurvey.View>
{
    [BindProperty] public AnswerPairSurvey.Request Answer { get; set; } = new();

    public SurveyKind Kind => kind;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Answer = AnswerPairSurvey.Request.From(View.Mine, View.Questions);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await answer.HandleAsync(Actor, id, kind, Answer, ct), "Thank you: your answers are saved.", $"/Pairs/{id}/{page}", () => LoadAsync(id, ct), nameof(Answer));

    /// <summary>The answer given (or posted) to one of the programme's own questions.</summary>
    public AnswerPairSurvey.CustomAnswer? CustomAnswerTo(Guid questionId) => Answer.Custom?.FirstOrDefault(c => c?.QuestionId == questionId);

    private Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct) => ShowAsync(get.HandleAsync(Actor, id, kind, ct));
}

public sealed class PulseModel(GetPairSurvey.Handler get, AnswerPairSurvey.Handler answer) : PairSurveyModel(get, answer, SurveyKind.Pulse, "Pulse");

public sealed class EndSurveyModel(GetPairSurvey.Handler get, AnswerPairSurvey.Handler answer) : PairSurveyModel(get, answer, SurveyKind.End, "EndSurvey");

/// <summary>One question's counts for the chart partial <c>_SurveyCounts</c>: its table's id, caption, column headings, answer labels and counts.</summary>
public sealed record SurveyCounts(string Id, string Caption, string Label, string Series, IReadOnlyList<string> Labels, IReadOnlyList<int> Counts);
