using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Thrive.Web.Pages.Account;

[AllowAnonymous]
public sealed class AccessDeniedModel : ThrivePageModel
{
    public IActionResult OnGet() => StatusCode(StatusCodes.Status403Forbidden);
}
