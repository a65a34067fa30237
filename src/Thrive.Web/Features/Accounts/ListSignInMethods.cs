using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Features.Accounts;

/// <summary>The reader's ways to sign in: whether they have a password, and each configured provider, linked or not.</summary>
public static class ListSignInMethods
{
    public sealed record Provider(string Key, string Label, bool Linked);

    public sealed record View(bool HasPassword, bool PasswordSignInAllowed, IReadOnlyList<Provider> Providers);

    public sealed class Handler(ThriveDbContext db, IOptions<ThriveOptions> options)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, CancellationToken ct)
        {
            var me = await db.Users.Where(u => u.Id == actor.UserId)
                .Select(u => new { HasPassword = u.PasswordHash != null, Logins = db.Set<IdentityUserLogin<Guid>>().Where(l => l.UserId == u.Id).Select(l => l.LoginProvider).ToList() })
                .FirstOrDefaultAsync(ct);
            if (me is null) return Error.NotFound("Your account");
            var sso = options.Value.Sso;
            var providers = SingleSignOn.Buttons(sso).Select(p => new Provider(p.Key, p.Label, me.Logins.Contains(SingleSignOn.Scheme(p.Key)))).ToList();
            return new View(me.HasPassword, sso.PasswordSignInAllowed, providers);
        }
    }
}
