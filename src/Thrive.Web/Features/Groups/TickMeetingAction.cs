namespace Thrive.Web.Features.Groups;

/// <summary>A member ticks a meeting's action item off, or back on.</summary>
public static class TickMeetingAction
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Guid meetingId, Guid itemId, CancellationToken ct) =>
            MeetingChange.ApplyAsync<Unit>(db, access, actor, Policy.Meeting.TakePart, groupId, meetingId, async (group, _) =>
            {
                if (group.ReadOnly() is { } archived) return Result<Unit>.Fail(archived);
                var item = await db.MeetingActionItems.FirstOrDefaultAsync(a => a.Id == itemId && a.MeetingId == meetingId, ct);
                if (item is null) return Error.NotFound("Action item");
                item.Toggle(reader.UtcNow);
                return Result.Ok();
            }, ct);
    }
}
