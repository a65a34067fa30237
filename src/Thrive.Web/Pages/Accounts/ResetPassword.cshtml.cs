using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

[AllowAnonymous]
public sealed class ResetPasswordModel(PasswordReset.Handler handler) : ThrivePageModel
{
    [BindProperty(SupportsGet = true)] public string? Email { get; set; }
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Password != ConfirmPassword) { ModelState.AddModelError(nameof(ConfirmPassword), "The two passwords are not the same."); return Page(); }
        var result = await handler.ResetAsync(new PasswordReset.Reset(Email ?? "", Token ?? "", Password ?? ""), ct);
        if (!result.Succeeded) return Failed(result.Errors, prefix: "");
        Flash("Your password has been changed. Sign in with the new one.");
        return Redirect("/Account/SignIn");
    }
}
