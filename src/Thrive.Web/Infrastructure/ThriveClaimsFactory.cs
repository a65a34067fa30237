using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Infrastructure;

/// <summary>Puts the display name, time zone and admin flag into the sign-in cookie.</summary>
public sealed class ThriveClaimsFactory(UserManager<ThriveUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ThriveUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ThriveUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentUser.DisplayNameClaim, user.DisplayName));
        identity.AddClaim(new Claim(CurrentUser.TimeZoneClaim, user.TimeZone));
        if (user.IsAdmin) identity.AddClaim(new Claim(CurrentUser.AdminClaim, "true"));
        return identity;
    }
}
