using Thrive.Web.Features.Admin;

namespace Thrive.Web.Pages.Admin;

/// <summary>The installation's sign-in settings (single sign-on providers, password sign-in), read-only: they live in the settings.</summary>
[Authorize(Policy = ServiceSetup.AdminPolicy)]
public sealed class SignInModel(ListSignInProviders.Handler handler) : ThrivePageModel<ListSignInProviders.View>
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(handler.HandleAsync(Actor, ct)) ?? Page();
}
