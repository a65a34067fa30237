using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Pages.Accounts;

public sealed class SignOutModel(SignInManager<ThriveUser> signIn) : ThrivePageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/Account/SignIn");
    }
}
