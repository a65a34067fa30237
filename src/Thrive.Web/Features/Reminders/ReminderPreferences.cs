using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Reminders;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Reminders;

/// <summary>Which reminders a person gets: every kind is on until they turn it off (here or by a mail's unsubscribe link).</summary>
public static class ReminderPreferences
{
    public sealed record Choice(ReminderKind Kind, string Description, bool On);

    public sealed class Handler(ThriveDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Choice>> GetAsync(Guid userId, CancellationToken ct)
        {
            var off = await db.ReminderOptOuts.Where(o => o.UserId == userId).Select(o => o.Kind).ToListAsync(ct);
            return Enum.GetValues<ReminderKind>().Select(k => new Choice(k, ReminderMail.Describe(k), !off.Contains(k))).ToList();
        }

        /// <summary>Stores the kinds that are on; every other kind is turned off.</summary>
        public async Task<Result<Unit>> SaveAsync(Actor actor, IReadOnlyCollection<ReminderKind> on, CancellationToken ct)
        {
            var existing = await db.ReminderOptOuts.Where(o => o.UserId == actor.UserId).ToListAsync(ct);
            db.ReminderOptOuts.RemoveRange(existing.Where(o => on.Contains(o.Kind)));
            var now = clock.GetUtcNow();
            foreach (var kind in Enum.GetValues<ReminderKind>().Where(k => !on.Contains(k) && !existing.Any(o => o.Kind == k)))
                db.ReminderOptOuts.Add(ReminderOptOut.For(actor.UserId, kind, now));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
            {
                return Error.Conflict("Your reminder choices changed in another tab; look them over and save again.");
            }
            return Result.Ok();
        }

        /// <summary>The one-click unsubscribe: turns one kind off; doing it twice is fine.</summary>
        public async Task TurnOffAsync(Guid userId, ReminderKind kind, CancellationToken ct)
        {
            if (!await db.Users.AnyAsync(u => u.Id == userId, ct)) return;
            if (await db.ReminderOptOuts.AnyAsync(o => o.UserId == userId && o.Kind == kind, ct)) return;
            db.ReminderOptOuts.Add(ReminderOptOut.For(userId, kind, clock.GetUtcNow()));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation()) { } // a second click raced the first: already off
        }
    }
}
