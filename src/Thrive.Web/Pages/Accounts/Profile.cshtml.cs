using Microsoft.AspNetCore.Identity;
using Thrive.Web.Features.Accounts;
using Thrive.Web.Features.Groups;
using Thrive.Web.Features.MentorTypes;

namespace Thrive.Web.Pages.Accounts;

public sealed class ProfileModel(GetProfile.Handler get, UpdateProfile.Handler update, ListGroups.Handler groups, GetMentorType.Handler mentorType, SignInManager<ThriveUser> signIn, UserManager<ThriveUser> users) : ThrivePageModel
{
    [BindProperty] public UpdateProfile.Request Input { get; set; } = new();

    /// <summary>The groups the person is in (the Groups area's list, their own part of it).</summary>
    public IReadOnlyList<ListGroups.Row> Groups { get; private set; } = [];

    /// <summary>The reader's mentor-type quiz (the MentorTypes area's result), for the badge.</summary>
    public GetMentorType.View? MentorType { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        return await ReadAsync(get.HandleAsync(Actor, ct), v => Input = v) ?? await ReadAsync(groups.HandleAsync(Actor, ListGroups.Request.Mine, ct), v => Groups = v.Mine)
            ?? await ReadAsync(mentorType.HandleAsync(Actor, ct), v => MentorType = v) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ReadAsync(groups.HandleAsync(Actor, ListGroups.Request.Mine, ct), v => Groups = v.Mine) ?? Page();
        var r = await update.HandleAsync(Actor, Input, ct);
        if (!r.Succeeded) return await ReadAsync(groups.HandleAsync(Actor, ListGroups.Request.Mine, ct), v => Groups = v.Mine) ?? Failed(r.Errors, nameof(Input));
        // Refresh the cookie so the new name and time zone show at once.
        var user = await users.GetUserAsync(User);
        if (user is not null) await signIn.RefreshSignInAsync(user);
        Flash("Your profile is saved.");
        return Redirect("/Account/Profile");
    }
}
