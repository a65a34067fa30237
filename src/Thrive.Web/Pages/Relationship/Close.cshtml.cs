using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Relationship;
using Thrive.Web.Features.Pairs;
using Thrive.Web.Features.Relationship;

namespace Thrive.Web.Pages.Relationship;

public sealed class CloseModel(ClosePair.Handler handler) : ThrivePageModel
{
    public ClosePair.View View { get; private set; } = null!;
    [BindProperty] public Dictionary<string, string?> Answers { get; set; } = [];
    [BindProperty] public StayInTouch StayInTouch { get; set; }
    [BindProperty] public string? StayInTouchHow { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Answers = View.Mine.Answers.Fields().ToDictionary(f => f.Name, f => (string?)f.Value);
        (StayInTouch, StayInTouchHow) = (View.Mine.StayInTouch, View.Mine.How);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var answers = ClosingAnswers.From(name => Answers.GetValueOrDefault(name));
        return await AfterChangeAsync(await handler.SaveAsync(Actor, id, answers, StayInTouch, StayInTouchHow, ct),
            "Your closing reflections are saved.", $"/Pairs/{id}/Close", () => LoadAsync(id, ct), "Answers");
    }

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await handler.CompleteAsync(Actor, id, ct), "Your mentoring relationship is complete. Thank each other for the time and care you gave!",
            $"/Pairs/{id}/Close", async () =>
            {
                if (await LoadAsync(id, ct) is { } denied) return denied;
                Answers = View.Mine.Answers.Fields().ToDictionary(f => f.Name, f => (string?)f.Value);
                (StayInTouch, StayInTouchHow) = (View.Mine.StayInTouch, View.Mine.How);
                return null;
            });

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var r = await handler.GetAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        return null;
    }
}
