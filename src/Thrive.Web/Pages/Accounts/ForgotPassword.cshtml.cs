using Microsoft.AspNetCore.RateLimiting;
using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

[AllowAnonymous]
[EnableRateLimiting(ServiceSetup.SignInRateLimit)]
public sealed class ForgotPasswordModel(RequestPasswordReset.Handler handler) : ThrivePageModel
{
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
