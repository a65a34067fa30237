using Microsoft.AspNetCore.Identity;
using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

public sealed class ProfileModel(GetProfile.Handler get, UpdateProfile.Handler update, SignInManager<ThriveUser> signIn, UserManager<ThriveUser> users) : ThrivePageModel
{
    [BindProperty] public UpdateProfile.Request Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        return await ReadAsync(get.HandleAsync(Actor, ct), v => Input = v) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var r = await update.HandleAsync(Actor, Input, ct);
        if (!r.Succeeded) return Failed(r.Errors, nameof(Input));
        // Refresh the cookie so the new name and time zone show at once.
        var user = await users.GetUserAsync(User);
        if (user is not null) await signIn.RefreshSignInAsync(user);
        Flash("Your profile is saved.");
        return Redirect("/Account/Profile");
    }
}
