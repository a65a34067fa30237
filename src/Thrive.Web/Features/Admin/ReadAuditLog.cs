namespace Thrive.Web.Features.Admin;

/// <summary>The audit log for admins, newest first, optionally one kind of action.</summary>
public static class ReadAuditLog
{
    public sealed record Request
    {
        /// <summary>One of <see cref="AuditActions.Labels"/>' codes ("pair.dissolved"), or empty for every kind.</summary>
        public string? Kind { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Page<AuditEntry>>> HandleAsync(Actor actor, Request r, PageRequest page, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Installation.Administer, Guid.Empty, ct)).Denied is { } denied) return denied;
            var q = db.AuditLog.AsNoTracking();
            if (!string.IsNullOrEmpty(r.Kind))
            {
                if (!AuditActions.Labels.ContainsKey(r.Kind)) return Error.Validation(nameof(Request.Kind), "Choose a kind of action from the list.");
                q = q.Where(e => e.Action == r.Kind);
            }
            var total = await q.CountAsync(ct);
            var items = await q.OrderByDescending(e => e.At).ThenBy(e => e.Id).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
            return new Page<AuditEntry>(items, page.Number, page.Size, total);
        }
    }
}
