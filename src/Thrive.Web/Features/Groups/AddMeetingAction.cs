namespace Thrive.Web.Features.Groups;

/// <summary>A member adds an action item from the meeting, owned by one member of the group (themselves when none is chosen).</summary>
public static class AddMeetingAction
{
    public sealed record Request
    {
        public string? Text { get; init; }
        public Guid? OwnerId { get; init; }
        public DateOnly? DueDate { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Guid meetingId, Request r, CancellationToken ct) =>
            MeetingChange.ApplyAsync(db, access, actor, Policy.Meeting.TakePart, groupId, meetingId, async (group, meeting) =>
            {
                ArgumentNullException.ThrowIfNull(r);
                var roster = await MeetingChange.RosterAsync(db, groupId, ct);
                var count = await db.MeetingActionItems.CountAsync(a => a.MeetingId == meetingId, ct);
                var added = MeetingActionItem.Add(group, meeting, roster, count, r.OwnerId ?? actor.UserId, r.Text, r.DueDate, reader.Today, reader.UtcNow);
                if (added.Succeeded) db.MeetingActionItems.Add(added.Value!);
                return added;
            }, ct);
    }
}
