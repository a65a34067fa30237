using Thrive.Domain.Accounts;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>Personal access tokens for the API.</summary>
public sealed partial class Given
{
    /// <summary>A token of <paramref name="owner"/>'s, lasting <paramref name="days"/> from now, revoked when asked; returns its secret.</summary>
    public Task<string> AccessTokenAsync(GivenPerson owner, TokenScope scope, int days = AccessToken.DefaultDays, bool revoked = false, string name = "Script") =>
        AccessTokenAsync(owner.Id, scope, days, revoked, name);

    /// <summary>A token of the person with id <paramref name="ownerId"/> (one the route tests' world knows by e-mail only).</summary>
    public async Task<string> AccessTokenAsync(Guid ownerId, TokenScope scope, int days = AccessToken.DefaultDays, bool revoked = false, string name = "Script")
    {
        var secret = ApiTokens.NewSecret();
        var token = Ok(AccessToken.Create(ownerId, name, scope, days, secret, Tokens.Hash(secret), 0, Now));
        if (revoked) token.Revoke(Now);
        await WriteAsync(db => db.AccessTokens.Add(token));
        return secret;
    }
}
