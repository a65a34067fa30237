using Thrive.Web.Features.Relationship;

namespace Thrive.Web.Pages.Relationship;

public sealed class JourneyModel(GetJourney.Handler handler) : ThrivePageModel
{
    public GetJourney.View View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var r = await handler.HandleAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        return Page();
    }
}
