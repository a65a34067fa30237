using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

[AllowAnonymous]
public sealed class ResetPasswordModel(ResetPassword.Handler handler, IOptions<ThriveOptions> options) : ThrivePageModel
{
    /// <summary>False where only single sign-on is used: the page says so instead of offering a form.</summary>
    public bool PasswordSignIn => options.Value.Sso.PasswordSignInAllowed;
    [BindProperty] public ResetPassword.Request Input { get; set; } = new();

    /// <summary>The emailed link carries the address and the token (?email=…&amp;token=…); the form sends them back.</summary>
    public void OnGet(string? email, string? token) => Input = new() { Email = email, Token = token };

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await handler.HandleAsync(Input, ct);
        if (!result.Succeeded) return Failed(result.Errors, nameof(Input));
        Flash("Your password has been changed. Sign in with the new one.");
        return Redirect("/Account/SignIn");
    }
}
