namespace Thrive.Web.Features.Wellbeing;

/// <summary>
/// The owner shares one entry (a check-in, a stressor with its strategies, a win) with their mentoring partner, or stops
/// sharing it. Withdrawing takes effect at once: the partner's next read says it is no longer shared.
/// </summary>
public static class ShareWellbeingEntry
{
    public sealed record Request
    {
        public bool Shared { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, WellbeingEntryKind kind, Guid id, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, RemoveWellbeingEntry.Handler.WritePermission(kind), id, ct)).Denied is { } denied) return denied;
            ISharedEntry entry = kind switch
            {
                WellbeingEntryKind.CheckIn => await db.WellbeingCheckIns.FirstAsync(c => c.Id == id, ct),
                WellbeingEntryKind.Stressor => await db.Stressors.FirstAsync(c => c.Id == id, ct),
                _ => await db.Wins.FirstAsync(c => c.Id == id, ct),
            };
            entry.Share(r.Shared, reader.UtcNow);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict("This check-in changed in another tab; reload and try again.", null, "stale"); }
            return Result.Ok();
        }
    }
}
