namespace Thrive.Web.Features.Sessions;

/// <summary>A new secret calendar URL for the reader; the previous one stops working at once.</summary>
public static class RegenerateCalendarFeed
{
    public sealed class Handler(ThriveDbContext db, ReaderClock reader, LinkBuilder links)
    {
        /// <summary>The new URL (only its hash is kept, so this is the one time it can be shown).</summary>
        public async Task<string> HandleAsync(Actor actor, CancellationToken ct)
        {
            var user = await db.Users.FirstAsync(u => u.Id == actor.UserId, ct);
            var token = SessionCalendar.NewFeedToken();
            user.CalendarFeedTokenHash = Tokens.Hash(token);
            user.CalendarFeedCreatedAt = reader.UtcNow;
            await db.SaveChangesAsync(ct);
            return links.Absolute($"{CalendarFeed.Path}{token}.ics");
        }
    }
}
