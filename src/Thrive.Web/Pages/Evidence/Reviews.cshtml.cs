using Thrive.Web.Features.Evidence;

namespace Thrive.Web.Pages.Evidence;

public sealed class ReviewsModel(ListReviewsWaiting.Handler list) : ThrivePageModel<Page<ListReviewsWaiting.Row>>
{
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct) =>
        await ShowAsync(list.HandleAsync(Actor, pageNumber, null, ct)) ?? Page();
}
