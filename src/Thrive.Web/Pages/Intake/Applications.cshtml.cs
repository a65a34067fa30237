using Thrive.Web.Features.Intake;

namespace Thrive.Web.Pages.Intake;

public sealed class ApplicationsModel(ListApplications.Handler handler) : ThrivePageModel
{
    public Guid Id { get; private set; }
    public Page<ListApplications.ApplicationRow> Rows { get; private set; } = null!;
    public bool CanInvite { get; private set; }

    // The filter is a GET form: its fields are the query (?Role=Mentor&Status=Applied), so links can carry it.
    [BindProperty(SupportsGet = true)] public ParticipantRole? Role { get; set; }
    [BindProperty(SupportsGet = true)] public ApplicationStatus? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        Id = id;
        var r = await handler.HandleAsync(Actor, id, new ListApplications.Request { Role = Role, Status = Status }, PageRequest.Of(page, 25), ct);
        if (Denied(r.Errors) is { } denied) return denied;
        (Rows, CanInvite) = r.Value!;
        return Page();
    }
}
