namespace Thrive.Web.Features.Reminders;

/// <summary>The one-click unsubscribe of a mail's signed link: turns one kind off for the person it names; twice is fine.</summary>
public static class TurnOffReminder
{
    public sealed class Handler(ThriveDbContext db, ReaderClock reader)
    {
        /// <remarks>No reader: the signed token is the proof (mail clients post here themselves), so the person comes from it.</remarks>
        public async Task HandleAsync(Guid userId, ReminderKind kind, CancellationToken ct)
        {
            if (!await db.Users.AnyAsync(u => u.Id == userId, ct)) return;
            if (await db.ReminderOptOuts.AnyAsync(o => o.UserId == userId && o.Kind == kind, ct)) return;
            db.ReminderOptOuts.Add(ReminderOptOut.For(userId, kind, reader.UtcNow));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation()) { } // a second click raced the first: already off
        }
    }
}
