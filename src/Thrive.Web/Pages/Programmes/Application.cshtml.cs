using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Intake;

namespace Thrive.Web.Pages.Programmes;

public sealed class ApplicationModel(ReviewApplications.Handler handler) : ThrivePageModel
{
    public ReviewApplications.Detail Detail { get; private set; } = null!;
    [BindProperty] public string? CallNotes { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid participantId, CancellationToken ct)
    {
        var r = await handler.GetAsync(Actor, id, participantId, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        Detail = r.Value!;
        CallNotes = Detail.CallNotes;
        return Page();
    }

    public async Task<IActionResult> OnPostNotesAsync(Guid id, Guid participantId, CancellationToken ct)
    {
        var r = await handler.RecordCallNotesAsync(Actor, id, participantId, CallNotes, ct);
        if (!r.Succeeded) return await ShowAgainAsync(id, participantId, r.Errors, ct);
        Flash("Call notes saved.");
        return Redirect($"/Programmes/{id}/Applications/{participantId}");
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid participantId, bool accept, CancellationToken ct)
    {
        var r = await handler.DecideAsync(Actor, id, participantId, accept, ct);
        if (!r.Succeeded) return await ShowAgainAsync(id, participantId, r.Errors, ct);
        Flash(accept ? "Application accepted." : "Application declined.");
        return Redirect($"/Programmes/{id}/Applications/{participantId}");
    }

    private async Task<IActionResult> ShowAgainAsync(Guid id, Guid participantId, IReadOnlyList<Thrive.Domain.Common.Error> errors, CancellationToken ct)
    {
        var r = await handler.GetAsync(Actor, id, participantId, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        Detail = r.Value!;
        return Failed(errors, prefix: "");
    }
}
