namespace Thrive.Web.Features.Reminders;

/// <summary>The reader chooses the kinds of reminder they get; every kind not chosen is turned off.</summary>
public static class SaveReminderChoices
{
    public sealed record Request
    {
        /// <summary>The kinds that are on (a ticked box each; an unticked box posts nothing, which means off).</summary>
        public List<ReminderKind> On { get; init; } = [];
    }

    public sealed class Handler(ThriveDbContext db, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var on = r.On.Where(Enum.IsDefined).ToHashSet();
            var existing = await db.ReminderOptOuts.Where(o => o.UserId == actor.UserId).ToListAsync(ct);
            db.ReminderOptOuts.RemoveRange(existing.Where(o => on.Contains(o.Kind)));
            foreach (var kind in Enum.GetValues<ReminderKind>().Where(k => !on.Contains(k) && !existing.Any(o => o.Kind == k)))
                db.ReminderOptOuts.Add(ReminderOptOut.For(actor.UserId, kind, reader.UtcNow));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
            {
                return Error.Conflict("Your reminder choices changed in another tab; look them over and save again.");
            }
            return Result.Ok();
        }
    }
}
