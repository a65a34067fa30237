using Microsoft.AspNetCore.Identity;
using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

public sealed class SignOutModel(SignInManager<ThriveUser> signIn, SignOutAtProvider provider) : ThrivePageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var who = User;
        await signIn.SignOutAsync();
        // Signed in with a provider that can sign people out: there too, then back to the sign-in page.
        return await provider.SignOutAsync(HttpContext, who, "/Account/SignIn", ct) ? new EmptyResult() : Redirect("/Account/SignIn");
    }
}
