using Thrive.Web.Features.Programmes;
using Thrive.Web.Features.Wellbeing;

namespace Thrive.Web.Pages.Programmes;

public sealed class DetailsModel(GetProgramme.Handler handler, ListSupportRequests.Handler support) : ThrivePageModel<GetProgramme.View>
{
    /// <summary>Who would like support (coordinators only: the flag, never a wellbeing entry).</summary>
    public IReadOnlyList<ListSupportRequests.SupportRequest> Support { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        if (await ShowAsync(handler.HandleAsync(Actor, id, PageRequest.Of(page, 25), ct)) is { } denied) return denied;
        if (View.May.ListPairs) Support = (await support.HandleAsync(Actor, id, ct)).Value ?? [];
        return Page();
    }
}
