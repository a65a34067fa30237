using Thrive.Web.Features.Accounts;
using Thrive.Web.Features.Sessions;

namespace Thrive.Web.Pages.Sessions;

/// <summary>The person's secret calendar feed: shown once when made, replaced on request.</summary>
public sealed class CalendarModel(GetCalendarFeedStatus.Handler status, RegenerateCalendarFeed.Handler regenerate) : ThrivePageModel
{
    private const string NewUrlKey = "CalendarFeedUrl";

    public GetCalendarFeedStatus.Status Status { get; private set; } = new(false, null);

    /// <summary>The new URL, right after it was made (it cannot be shown again: only its hash is kept).</summary>
    public string? NewUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        NewUrl = TempData[NewUrlKey] as string;
        Status = await status.HandleAsync(Actor, ct);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostRegenerateAsync(CancellationToken ct)
    {
        TempData[NewUrlKey] = await regenerate.HandleAsync(Actor, ct);
        Flash("Your new calendar URL is ready. Any older URL no longer works.");
        return Redirect("/Account/Calendar");
    }
}
