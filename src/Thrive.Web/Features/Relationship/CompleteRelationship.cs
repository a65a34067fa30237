namespace Thrive.Web.Features.Relationship;

/// <summary>Either member completes the pair once both have done their parts and agree on staying in touch.</summary>
public static class CompleteRelationship
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Closing.Write, pairId, ct)).Denied is { } denied) return denied;
            var pair = await db.Pairs.FirstAsync(p => p.Id == pairId, ct);
            var rows = await db.ClosingReflections.AsNoTracking().Where(c => c.PairId == pairId).ToListAsync(ct);
            var now = reader.UtcNow;
            var r = Closing.Complete(pair, rows.FirstOrDefault(c => c.AuthorId == pair.MenteeId), rows.FirstOrDefault(c => c.AuthorId == pair.MentorId), now);
            if (!r.Succeeded) return r;
            db.WebhookEvents.Add(WebhookEvent.ForPair(WebhookEventType.PairCompleted, pair, now));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict("Someone changed this pair at the same moment. Reload to see their change.", code: "stale"); }
            return r;
        }
    }
}
