namespace Thrive.Web.Features.Sessions;

/// <summary>Whether the reader has a calendar URL, and since when (the URL itself cannot be shown again).</summary>
public static class GetCalendarFeedStatus
{
    public sealed record Status(bool HasFeed, DateTimeOffset? CreatedAt);

    public sealed class Handler(ThriveDbContext db)
    {
        public Task<Status> HandleAsync(Actor actor, CancellationToken ct) =>
            db.Users.Where(u => u.Id == actor.UserId).Select(u => new Status(u.CalendarFeedTokenHash != null, u.CalendarFeedCreatedAt)).FirstAsync(ct);
    }
}
