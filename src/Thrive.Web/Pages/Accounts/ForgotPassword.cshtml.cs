using Microsoft.AspNetCore.RateLimiting;
using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

[AllowAnonymous]
[EnableRateLimiting(ServiceSetup.SignInRateLimit)]
public sealed class ForgotPasswordModel(RequestPasswordReset.Handler handler, IOptions<ThriveOptions> options) : ThrivePageModel
{
    /// <summary>False where only single sign-on is used: the page says so instead of offering a form.</summary>
    public bool PasswordSignIn => options.Value.Sso.PasswordSignInAllowed;
    [BindProperty] public RequestPasswordReset.Request Input { get; set; } = new();
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await handler.HandleAsync(Input, ct);
        if (!result.Succeeded) return Failed(result.Errors, nameof(Input));
        Sent = true;
        return Page();
    }
}
