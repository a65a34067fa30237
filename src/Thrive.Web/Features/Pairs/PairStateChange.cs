namespace Thrive.Web.Features.Pairs;

/// <summary>
/// What activating, completing and dissolving a pair share: only those who manage the pair may, the change is applied to
/// the pair, noted in the audit log by the two names, and saved unless someone changed the pair meanwhile.
/// </summary>
public sealed class PairStateChange(ThriveDbContext db, Access access, AuditLog audit)
{
    /// <param name="raise">The webhook event the change raises (written in the same save), or None.</param>
    public async Task<Result<Unit>> ApplyAsync(Actor actor, Guid pairId, Func<Pair, Result<Unit>> change, string auditAction, string detail,
        CancellationToken ct, WebhookEventType raise = WebhookEventType.None)
    {
        ArgumentNullException.ThrowIfNull(change);
        if ((await access.CheckAsync(actor, Policy.Pair.Manage, pairId, ct)).Denied is { } denied) return denied;
        var pair = await db.Pairs.FirstAsync(p => p.Id == pairId, ct);
        var result = change(pair);
        if (!result.Succeeded) return result;
        var names = await db.Users.Where(u => u.Id == pair.MenteeId || u.Id == pair.MentorId).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        string Name(Guid id) => names.FirstOrDefault(n => n.Id == id)?.DisplayName ?? "";
        audit.Record(actor, auditAction, pair.Id, $"{Name(pair.MenteeId)} with {Name(pair.MentorId)}", pair.ProgrammeId, detail);
        if (raise != WebhookEventType.None) db.WebhookEvents.Add(WebhookEvent.ForPair(raise, pair, pair.EndedAt ?? pair.ActivatedAt ?? pair.ProposedAt));
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Error.Conflict("Someone else changed this pair just now. Reload to see their change.", code: "stale"); }
        return result;
    }
}
