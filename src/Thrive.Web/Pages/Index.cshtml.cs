using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Accounts;
using Thrive.Web.Features.Home;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(HomeQuery.Handler home, FirstRun.Handler firstRun) : ThrivePageModel
{
    public HomeQuery.View View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? page, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
            return Redirect(await firstRun.IsNeededAsync(ct) ? "/Setup" : "/Account/SignIn");
        View = await home.HandleAsync(Actor, PageRequest.Of(page, 20), ct);
        return Page();
    }
}
