using Thrive.Web.Features.Goals;

namespace Thrive.Web.Pages.Goals;

public sealed class GrowModel(GetGrowWorksheet.Handler worksheet, AnswerGrow.Handler answer) : ThrivePageModel
{
    public GetGrowWorksheet.View View { get; private set; } = null!;
    [BindProperty] public AnswerGrow.Request Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input = new() { Answers = View.Answers };
        return Page();
    }

    /// <summary>Posts the worksheet: with the button (no JavaScript needed), or as an htmx autosave answered with a short status.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var r = await answer.HandleAsync(Actor, id, Input, ct);
        if (Request.Headers.ContainsKey("HX-Request"))
        {
            if (Denied(r.Errors) is { } denied) return denied;
            return Content(r.Succeeded ? $"Saved at {r.Value:HH:mm}" : string.Join(" ", r.Errors.Select(e => e.Message)));
        }
        if (r.Succeeded) { Flash("Worksheet saved. Your way-forward answers are on the goal."); return Redirect($"/Goals/{id}"); }
        if (Denied(r.Errors) is { } refused) return refused;
        if (await LoadAsync(id, ct) is { } gone) return gone;
        // All twenty questions again, with what was sent in place of what was saved.
        var sent = (Input.Answers ?? []).Where(a => a is not null).GroupBy(a => a.Prompt).ToDictionary(g => g.Key, g => g.Last().Text);
        Input = new() { Answers = View.Answers.Select(a => sent.TryGetValue(a.Prompt, out var text) ? a with { Text = text } : a).ToList() };
        ModelState.Clear();
        return Failed(r.Errors, nameof(Input));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var r = await worksheet.HandleAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        return null;
    }
}
