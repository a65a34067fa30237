using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Goals;
using Thrive.Web.Features.Goals;

namespace Thrive.Web.Pages.Goals;

public sealed class GrowModel(GrowWorksheet.Handler handler) : ThrivePageModel
{
    public GrowWorksheet.View View { get; private set; } = null!;
    [BindProperty] public Dictionary<int, string?> Answers { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>Posts all answers (no JavaScript) or one answer (htmx autosave, answered with a small status).</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var r = await handler.SaveAsync(Actor, id, Answers, ct);
        var autosave = Request.Headers.ContainsKey("HX-Request");
        if (autosave)
        {
            if (Denied(r.Errors) is { } denied) return denied;
            return Content(r.Succeeded ? $"Saved at {DateTime.UtcNow:HH:mm} UTC" : string.Join(" ", r.Errors.Select(e => e.Message)));
        }
        if (!r.Succeeded)
        {
            if (await LoadAsync(id, ct) is { } denied) return denied;
            return Failed(r.Errors, prefix: "");
        }
        Flash("Worksheet saved. Your way-forward answers are on the goal.");
        return Redirect($"/Goals/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var r = await handler.GetAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        foreach (var p in GrowPrompts.All) Answers.TryAdd(p.Number, View.Answers.GetValueOrDefault(p.Number));
        return null;
    }
}
