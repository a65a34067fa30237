namespace Thrive.Web.Features.Groups;

/// <summary>A member answers a meeting: going or not going, until it starts. The next invitation carries the answer as their PARTSTAT.</summary>
public static class AnswerMeeting
{
    public sealed record Request(AttendanceAnswer Answer);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Guid meetingId, Request r, CancellationToken ct) =>
            MeetingChange.ApplyAsync(db, access, actor, Policy.Meeting.TakePart, groupId, meetingId, async (group, meeting) =>
            {
                ArgumentNullException.ThrowIfNull(r);
                var row = await db.MeetingAttendance.FirstOrDefaultAsync(a => a.MeetingId == meetingId && a.UserId == actor.UserId, ct);
                var given = MeetingAttendance.Give(group, meeting, row, actor.UserId, r.Answer, reader.UtcNow);
                if (given.Succeeded && row is null) db.MeetingAttendance.Add(given.Value!);
                return given;
            }, ct);
    }
}
