using Thrive.Web.Features.Accounts;
using Thrive.Web.Features.Home;

namespace Thrive.Web.Pages.Home;

[AllowAnonymous]
public sealed class IndexModel(GetHome.Handler home, FirstRun.Handler firstRun, Features.Sessions.TickActionItem.Handler tick) : ThrivePageModel
{
    public GetHome.View View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
            return Redirect(await firstRun.HandleAsync(ct) ? "/Setup" : "/Account/SignIn");
        View = await home.HandleAsync(Actor, PageRequest.Of(page, 20), ct);
        return Page();
    }

    /// <summary>Ticks an action item off from the home page.</summary>
    public async Task<IActionResult> OnPostToggleAsync(Guid itemId, CancellationToken ct) =>
        await AfterChangeAsync(await tick.HandleAsync(Actor, itemId, ct), "Action item done. Nice!", "/", async () =>
        {
            View = await home.HandleAsync(Actor, PageRequest.Of(1, 20), ct);
            return null;
        });
}
