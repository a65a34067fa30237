using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Thrive.Persistence;
using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

/// <summary>First run: on an empty installation, create the admin account. Gone once anyone exists.</summary>
[AllowAnonymous]
public sealed class SetupModel(FirstRun.Handler handler, SignInManager<ThriveUser> signIn) : ThrivePageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string DisplayName { get; set; } = "";
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public string TimeZone { get; set; } = "UTC";
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await handler.IsNeededAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await handler.IsNeededAsync(ct)) return NotFound();
        var r = await handler.HandleAsync(new FirstRun.Request(Input.DisplayName ?? "", Input.Email ?? "", Input.Password ?? "", Input.TimeZone ?? ""), ct);
        if (!r.Succeeded) return Failed(r.Errors);
        await signIn.SignInAsync(r.Value!, isPersistent: false);
        Flash("Thrive is set up. Create your first programme.");
        return Redirect("/Admin/Programmes/New");
    }
}
