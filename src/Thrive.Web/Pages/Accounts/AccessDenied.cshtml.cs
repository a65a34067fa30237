namespace Thrive.Web.Pages.Accounts;

[AllowAnonymous]
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class AccessDeniedModel : ThrivePageModel
{
    public IActionResult OnGet() => StatusCode(StatusCodes.Status403Forbidden);
    public IActionResult OnPost() => StatusCode(StatusCodes.Status403Forbidden);
}
