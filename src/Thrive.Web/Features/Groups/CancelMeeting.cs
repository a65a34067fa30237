namespace Thrive.Web.Features.Groups;

/// <summary>A facilitator cancels one meeting with a reason; every member's calendar marks it cancelled.</summary>
public static class CancelMeeting
{
    public sealed record Request(string? Reason);

    public sealed class Handler(ThriveDbContext db, Access access, MeetingInvitations invitations)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Guid meetingId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var loaded = await MeetingChange.LoadAsync(db, access, actor, Policy.Meeting.Schedule, groupId, meetingId, ct);
            if (!loaded.Succeeded) return Result<Unit>.Fail(loaded.Errors);
            var (group, meeting) = loaded.Value;
            var cancelled = meeting.Cancel(group, r.Reason);
            if (!cancelled.Succeeded) return MeetingChange.OnField(cancelled, nameof(GroupMeeting.CancelReason), nameof(Request.Reason));
            var saved = await MeetingChange.SaveAsync(db, ct);
            if (!saved.Succeeded) return saved;
            await invitations.CancelledAsync(group, actor.UserId, meeting, ct);
            return Result.Ok();
        }
    }
}
