using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Thrive.Web.Features.Accounts;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Pages.Accounts;

[AllowAnonymous]
[EnableRateLimiting(ServiceSetup.SignInRateLimit)]
public sealed class ForgotPasswordModel(PasswordReset.Handler handler) : ThrivePageModel
{
    [BindProperty] public string? Email { get; set; }
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await handler.RequestAsync(Email, ct);
        if (!result.Succeeded) return Failed(result.Errors, prefix: "");
        Sent = true;
        return Page();
    }
}
