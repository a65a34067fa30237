using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Relationship;
using Thrive.Web.Features.Pairs;
using Thrive.Web.Features.Relationship;

namespace Thrive.Web.Pages.Relationship;

public sealed class CheckModel(RelationshipCheck.Handler handler) : ThrivePageModel
{
    public RelationshipCheck.View View { get; private set; } = null!;
    [BindProperty] public Dictionary<string, string?> Answers { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Answers = View.Mine.Fields().ToDictionary(f => f.Name, f => (string?)f.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        string A(string name) => Answers.GetValueOrDefault(name) ?? "";
        var answers = new CheckAnswers(A("Expectations"), A("Working"), A("Change"), A("Goals"), A("Vibe"));
        return await AfterChangeAsync(await handler.SaveAsync(Actor, id, answers, ct), "Your answers are saved.", $"/Pairs/{id}/Check", () => LoadAsync(id, ct), "Answers");
    }

    public async Task<IActionResult> OnPostHeldAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await handler.MarkHeldAsync(Actor, id, ct), "The relationship check is marked as held. Well done for making time for it.",
            $"/Pairs/{id}/Check", async () =>
            {
                if (await LoadAsync(id, ct) is { } denied) return denied;
                Answers = View.Mine.Fields().ToDictionary(f => f.Name, f => (string?)f.Value);
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
