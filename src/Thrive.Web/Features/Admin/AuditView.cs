using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Admin;

/// <summary>The audit log for admins, newest first, optionally one kind of action.</summary>
public static class AuditView
{
    public sealed class Handler(ThriveDbContext db)
    {
        public async Task<Result<Page<AuditEntry>>> ListAsync(Actor actor, string? action, PageRequest page, CancellationToken ct)
        {
            if (!actor.IsAdmin) return Error.Forbidden();
            var q = db.AuditLog.AsNoTracking();
            if (!string.IsNullOrEmpty(action))
            {
                if (!AuditActions.Labels.ContainsKey(action)) return Error.Validation("action", "Choose a kind of action from the list.");
                q = q.Where(e => e.Action == action);
            }
            var total = await q.CountAsync(ct);
            var items = await q.OrderByDescending(e => e.At).ThenBy(e => e.Id).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
            return new Page<AuditEntry>(items, page.Number, page.Size, total);
        }
    }
}
