using Thrive.Web.Features.Programmes;

namespace Thrive.Web.Pages.Programmes;

public sealed class DetailsModel(GetProgramme.Handler handler) : ThrivePageModel<GetProgramme.View>
{
    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? page, CancellationToken ct) =>
        await ShowAsync(handler.HandleAsync(Actor, id, PageRequest.Of(page, 25), ct)) ?? Page();
}
