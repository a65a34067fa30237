namespace Thrive.Web.Features.Groups;

/// <summary>Any member writes the meeting's shared notes (plain text, shown as written).</summary>
public static class SaveMeetingNotes
{
    public sealed record Request(string? Text);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Guid meetingId, Request r, CancellationToken ct) =>
            MeetingChange.ApplyAsync(db, access, actor, Policy.Meeting.TakePart, groupId, meetingId, (group, meeting) =>
                Task.FromResult(MeetingChange.OnField(meeting.SaveNotes(group, r?.Text), nameof(GroupMeeting.SharedNotes), nameof(Request.Text))), ct);
    }
}
