using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Intake;

namespace Thrive.Web.Pages.Intake;

public sealed class ApplicationModel(ReviewApplications.Handler handler) : ThrivePageModel
{
    public ReviewApplications.Detail Detail { get; private set; } = null!;
    [BindProperty] public string? CallNotes { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid participantId, CancellationToken ct)
    {
        if (await LoadAsync(id, participantId, ct) is { } denied) return denied;
        CallNotes = Detail.CallNotes;
        return Page();
    }

    public async Task<IActionResult> OnPostNotesAsync(Guid id, Guid participantId, CancellationToken ct)
    {
        return await AfterChangeAsync(await handler.RecordCallNotesAsync(Actor, id, participantId, CallNotes, ct), "Call notes saved.",
            $"/Programmes/{id}/Applications/{participantId}", () => LoadAsync(id, participantId, ct));
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid participantId, bool accept, CancellationToken ct)
    {
        return await AfterChangeAsync(await handler.DecideAsync(Actor, id, participantId, accept, ct), accept ? "Application accepted." : "Application declined.",
            $"/Programmes/{id}/Applications/{participantId}", () => LoadAsync(id, participantId, ct));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid participantId, CancellationToken ct)
    {
        var r = await handler.GetAsync(Actor, id, participantId, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        Detail = r.Value!;
        return null;
    }
}
