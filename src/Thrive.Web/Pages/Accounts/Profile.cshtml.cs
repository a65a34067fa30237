using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Thrive.Persistence;
using Thrive.Web.Features.Accounts;

namespace Thrive.Web.Pages.Accounts;

public sealed class ProfileModel(Profile.Handler handler, SignInManager<ThriveUser> signIn, UserManager<ThriveUser> users) : ThrivePageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string DisplayName { get; set; } = "";
        public string? Pronouns { get; set; }
        public string TimeZone { get; set; } = "UTC";
        public string? Region { get; set; }
        public string? Bio { get; set; }
        public string? Interests { get; set; }
        public decimal? GoalHoursPerWeek { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var d = await handler.GetAsync(Actor, ct);
        if (!d.Succeeded) return NotFound();
        var v = d.Value!;
        Input = new InputModel { DisplayName = v.DisplayName, Pronouns = v.Pronouns, TimeZone = v.TimeZone, Region = v.Region, Bio = v.Bio, Interests = v.Interests, GoalHoursPerWeek = v.GoalHoursPerWeek };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var r = await handler.UpdateAsync(Actor, new Profile.Details(Input.DisplayName ?? "", Input.Pronouns, Input.TimeZone ?? "", Input.Region, Input.Bio, Input.Interests, Input.GoalHoursPerWeek), ct);
        if (!r.Succeeded) return Failed(r.Errors);
        // Refresh the cookie so the new name and time zone show at once.
        var user = await users.GetUserAsync(User);
        if (user is not null) await signIn.RefreshSignInAsync(user);
        Flash("Your profile is saved.");
        return Redirect("/Account/Profile");
    }
}
