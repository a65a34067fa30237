using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Admin;

/// <summary>The installation's people for its admins: search, and grant or remove admin rights (audited).</summary>
public static class AdminUsers
{
    public sealed record Row(Guid Id, string Name, string Email, bool IsAdmin, DateTimeOffset CreatedAt, bool LockedOut);

    public sealed class Handler(ThriveDbContext db, UserManager<ThriveUser> users, AuditLog audit, TimeProvider clock)
    {
        public async Task<Result<Page<Row>>> ListAsync(Actor actor, string? search, PageRequest page, CancellationToken ct)
        {
            if (!actor.IsAdmin) return Error.Forbidden();
            var q = db.Users.AsNoTracking();
            var term = (search ?? "").Trim();
            if (term.Length > 0)
            {
                if (term.Length > 100) term = term[..100];
                var upper = term.ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToUpper to SQL UPPER(); culture does not apply
                q = q.Where(u => u.NormalizedEmail!.Contains(upper) || u.DisplayName.ToUpper().Contains(upper));
#pragma warning restore CA1304, CA1311, CA1862
            }
            var now = clock.GetUtcNow();
            var total = await q.CountAsync(ct);
            var rows = await q.OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Skip(page.Skip).Take(page.Size)
                .Select(u => new Row(u.Id, u.DisplayName, u.Email!, u.IsAdmin, u.CreatedAt, u.LockoutEnd != null && u.LockoutEnd > now)).ToListAsync(ct);
            return new Page<Row>(rows, page.Number, page.Size, total);
        }

        /// <summary>Grants or removes admin rights; the last admin cannot be removed. The person's sessions are renewed.</summary>
        public async Task<Result<Unit>> SetAdminAsync(Actor actor, Guid userId, bool admin, CancellationToken ct)
        {
            if (!actor.IsAdmin) return Error.Forbidden();
            var user = await users.FindByIdAsync(userId.ToString());
            if (user is null) return Error.NotFound("Person");
            if (user.IsAdmin == admin) return Result.Ok();
            if (!admin && await db.Users.CountAsync(u => u.IsAdmin, ct) <= 1)
                return Error.Conflict("This is the only admin. Make someone else an admin first.");
            user.IsAdmin = admin;
            audit.Record(actor, admin ? AuditActions.AdminGranted : AuditActions.AdminRevoked, user.Id, user.DisplayName);
            // The security stamp changes, so cookies issued with the old rights stop working at their next check.
            var r = await users.UpdateSecurityStampAsync(user);
            return r.Succeeded ? Result.Ok() : Error.Conflict("The change could not be saved. Reload and try again.");
        }
    }
}
