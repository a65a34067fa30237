namespace Thrive.Web.Features.Groups;

/// <summary>A member writes (or rewrites) their short update for the meeting's round of updates.</summary>
public static class WriteUpdate
{
    public sealed record Request(string? Text);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Guid meetingId, Request r, CancellationToken ct) =>
            MeetingChange.ApplyAsync(db, access, actor, Policy.Meeting.TakePart, groupId, meetingId, async (group, meeting) =>
            {
                ArgumentNullException.ThrowIfNull(r);
                var mine = await db.MeetingUpdates.FirstOrDefaultAsync(u => u.MeetingId == meetingId && u.AuthorId == actor.UserId, ct);
                var written = MeetingUpdate.Write(group, meeting, mine, actor.UserId, r.Text, reader.UtcNow);
                if (written.Succeeded && mine is null) db.MeetingUpdates.Add(written.Value!);
                return written;
            }, ct);
    }
}
