using System.Text;
using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Intake;

namespace Thrive.Web.Pages.Intake;

public sealed class ExportModel(ParticipantsCsv.Handler handler) : ThrivePageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var r = await handler.ExportAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(r.Value!)).ToArray(), "text/csv; charset=utf-8", $"participants-{id:N}.csv");
    }
}
