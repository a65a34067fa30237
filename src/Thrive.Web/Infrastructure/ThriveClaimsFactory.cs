using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// Puts the display name, time zone and admin flag into the sign-in cookie, and for an administrator whether they
/// also take part as mentor or mentee (renewed with the cookie, as the security stamp is checked).
/// </summary>
public sealed class ThriveClaimsFactory(UserManager<ThriveUser> users, IOptions<IdentityOptions> options, ThriveDbContext db)
    : UserClaimsPrincipalFactory<ThriveUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ThriveUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentUser.DisplayNameClaim, user.DisplayName));
        identity.AddClaim(new Claim(CurrentUser.TimeZoneClaim, user.TimeZone));
        if (user.IsAdmin) identity.AddClaim(new Claim(CurrentUser.AdminClaim, "true"));
        if (user.IsAdmin && await db.Participants.AnyAsync(p => p.UserId == user.Id && p.Role != Domain.Intake.ParticipantRole.Coordinator))
            identity.AddClaim(new Claim(CurrentUser.TakesPartClaim, "true"));
        return identity;
    }
}
