using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Features.Admin;

/// <summary>An admin grants or removes a person's admin rights (audited); the last admin cannot be removed.</summary>
public static class SetAdminRights
{
    public sealed record Request
    {
        public bool Admin { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, UserManager<ThriveUser> users, AuditLog audit)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid userId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Installation.Administer, Guid.Empty, ct)).Denied is { } denied) return denied;
            var user = await users.FindByIdAsync(userId.ToString());
            if (user is null) return Error.NotFound("Person");
            if (user.IsAdmin == r.Admin) return Result.Ok();
            if (!r.Admin && await db.Users.CountAsync(u => u.IsAdmin, ct) <= 1)
                return Error.Conflict("This is the only admin. Make someone else an admin first.");
            user.IsAdmin = r.Admin;
            audit.Record(actor, r.Admin ? AuditActions.AdminGranted : AuditActions.AdminRevoked, user.Id, user.DisplayName);
            // The security stamp changes, so cookies issued with the old rights stop working at their next check.
            var saved = await users.UpdateSecurityStampAsync(user);
            return saved.Succeeded ? Result.Ok() : Error.Conflict("The change could not be saved. Reload and try again.");
        }
    }
}
