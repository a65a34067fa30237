using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Features.Accounts;

/// <summary>A person unlinks a provider from their account, unless it is their last way to sign in.</summary>
public static class UnlinkProvider
{
    public sealed class Handler(ThriveDbContext db, UserManager<ThriveUser> users, AuditLog audit, IOptions<ThriveOptions> options)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, string? provider, CancellationToken ct)
        {
            var scheme = SingleSignOn.Scheme(provider ?? "");
            var logins = await db.Set<IdentityUserLogin<Guid>>().AsNoTracking().Where(l => l.UserId == actor.UserId).OrderBy(l => l.LoginProvider).ThenBy(l => l.ProviderKey).ToListAsync(ct);
            var login = logins.FirstOrDefault(l => l.LoginProvider == scheme);
            if (login is null) return Error.NotFound("This sign-in provider");
            var user = await users.FindByIdAsync(actor.UserId.ToString());
            if (user is null) return Error.NotFound("Your account");
            var password = user.PasswordHash is not null && options.Value.Sso.PasswordSignInAllowed;
            if (!password && logins.Count == 1)
                return Error.Conflict("This provider is your only way to sign in: set a password or link another provider first.", code: "last_sign_in_method");
            var removed = await users.RemoveLoginAsync(user, login.LoginProvider, login.ProviderKey);
            if (!removed.Succeeded) return Result<Unit>.Fail(IdentityErrors.ToErrors(removed, ""));
            audit.Record(actor, AuditActions.SsoUnlinked, actor.UserId, user.DisplayName, detail: provider!.ToLowerInvariant());
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
