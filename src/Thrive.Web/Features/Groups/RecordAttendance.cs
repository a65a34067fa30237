namespace Thrive.Web.Features.Groups;

/// <summary>After the meeting has started, a facilitator ticks who attended; the meeting is then held. It can be recorded again to correct it.</summary>
public static class RecordAttendance
{
    public sealed record Request
    {
        public Guid[] Attended { get; init; } = [];
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, GroupGoalFeed feed)
    {
        public Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Guid meetingId, Request r, CancellationToken ct) =>
            MeetingChange.ApplyAsync(db, access, actor, Policy.Meeting.Schedule, groupId, meetingId, async (group, meeting) =>
            {
                ArgumentNullException.ThrowIfNull(r);
                var roster = await MeetingChange.RosterAsync(db, groupId, ct);
                var rows = await db.MeetingAttendance.Where(a => a.MeetingId == meetingId).OrderBy(a => a.UserId).Take(GroupDetails.CapacityMax * 2).ToListAsync(ct);
                var recorded = meeting.RecordAttendance(group, roster, (r.Attended ?? []).Distinct().ToList(), rows, reader.UtcNow);
                if (!recorded.Succeeded) return recorded;
                db.MeetingAttendance.AddRange(recorded.Value!);
                await feed.StageAsync(groupId, actor.UserId, reader.UtcNow, ct); // members' goals that count meetings move with the record
                return recorded;
            }, ct);
    }
}
