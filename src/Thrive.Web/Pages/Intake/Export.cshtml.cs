using System.Text;
using Thrive.Web.Features.Intake;

namespace Thrive.Web.Pages.Intake;

public sealed class ExportModel(ExportParticipants.Handler handler) : ThrivePageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var r = await handler.HandleAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        // With a byte order mark, so that spreadsheets read the names as UTF-8.
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(r.Value!)).ToArray(), "text/csv; charset=utf-8", $"participants-{id:N}.csv");
    }
}
