using Thrive.Web.Features.Relationship;

namespace Thrive.Web.Pages.Relationship;

public sealed class JourneyModel(GetJourney.Handler handler) : ThrivePageModel<GetJourney.View>
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(handler.HandleAsync(Actor, id, ct)) ?? Page();
}
