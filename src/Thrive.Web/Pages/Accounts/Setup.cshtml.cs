using Microsoft.AspNetCore.Identity;
using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

/// <summary>First run: on an empty installation, create the admin account. Gone once anyone exists.</summary>
[AllowAnonymous]
public sealed class SetupModel(FirstRun.Handler firstRun, CreateFirstAdmin.Handler create, SignInManager<ThriveUser> signIn) : ThrivePageModel
{
    [BindProperty] public CreateFirstAdmin.Request Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await firstRun.HandleAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await firstRun.HandleAsync(ct)) return NotFound();
        var r = await create.HandleAsync(Input, ct);
        if (!r.Succeeded) return Failed(r.Errors, nameof(Input));
        await signIn.SignInAsync(r.Value!, isPersistent: false);
        Flash("Thrive is set up. Create your first programme.");
        return Redirect("/Admin/Programmes/New");
    }
}
