using Thrive.Web.Features.Activity;

namespace Thrive.Web.Pages.Activity;

/// <summary>What's new: the reader's activity feed. Opening it marks everything read.</summary>
public sealed class IndexModel(ListActivity.Handler handler) : ThrivePageModel<ListActivity.View>
{
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) =>
        await ShowAsync(handler.HandleAsync(Actor, new ListActivity.Request(PageRequest.Of(page, PageRequest.DefaultSize), MarkSeen: true), ct)) ?? Page();
}
