using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// Puts the display name, time zone and admin flag into the sign-in cookie, and whether the person takes part as mentor
/// or mentee and whether they coordinate (renewed with the cookie, as the security stamp is checked): the navigation
/// offers the participant tools by these.
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
        var roles = await db.Participants.Where(p => p.UserId == user.Id).Select(p => p.Role).Distinct().ToListAsync();
        if (roles.Any(r => r != Domain.Intake.ParticipantRole.Coordinator)) identity.AddClaim(new Claim(CurrentUser.TakesPartClaim, "true"));
        if (roles.Contains(Domain.Intake.ParticipantRole.Coordinator)) identity.AddClaim(new Claim(CurrentUser.CoordinatesClaim, "true"));
        return identity;
    }
}
