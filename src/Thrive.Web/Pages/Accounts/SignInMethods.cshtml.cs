using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

/// <summary>The ways a person signs in: their password and the providers linked to their account; link and unlink.</summary>
public sealed class SignInMethodsModel(ListSignInMethods.Handler list, UnlinkProvider.Handler unlink) : ThrivePageModel<ListSignInMethods.View>
{
    public async Task<IActionResult> OnGetAsync(string? linked, CancellationToken ct)
    {
        if (linked is not null) ViewData["Linked"] = linked;
        return await ShowAsync(list.HandleAsync(Actor, ct)) ?? Page();
    }

    public async Task<IActionResult> OnPostUnlinkAsync(string? provider, CancellationToken ct) =>
        await AfterChangeAsync(await unlink.HandleAsync(Actor, provider, ct), "The provider is unlinked: it no longer signs you in.", "/Account/SignInMethods",
            async () => await ShowAsync(list.HandleAsync(Actor, ct)));
}
