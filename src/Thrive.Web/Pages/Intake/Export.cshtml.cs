using Thrive.Web.Features.Intake;

namespace Thrive.Web.Pages.Intake;

public sealed class ExportModel(ExportParticipants.Handler handler) : ThrivePageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var r = await handler.HandleAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        return File(CsvText.Bytes(r.Value!), CsvText.ContentType, $"participants-{id:N}.csv");
    }
}
