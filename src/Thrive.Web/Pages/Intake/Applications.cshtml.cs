using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Web.Features.Intake;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Pages.Intake;

public sealed class ApplicationsModel(ReviewApplications.Handler handler) : ThrivePageModel
{
    public Guid Id { get; private set; }
    public Page<ReviewApplications.Row> Rows { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public ParticipantRole? Role { get; set; }
    [BindProperty(SupportsGet = true)] public ApplicationStatus? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        Id = id;
        var r = await handler.ListAsync(Actor, id, new ReviewApplications.Filter(Role, Status), PageRequest.Of(page, 25), ct);
        if (Denied(r.Errors) is { } denied) return denied;
        Rows = r.Value!;
        return Page();
    }
}
