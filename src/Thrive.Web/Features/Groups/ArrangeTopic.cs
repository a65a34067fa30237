namespace Thrive.Web.Features.Groups;

/// <summary>A facilitator moves a topic of the agenda up one place, or strikes it (and brings it back).</summary>
public static class ArrangeTopic
{
    public enum Change { Up, Strike }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Guid meetingId, Guid topicId, Change change, CancellationToken ct) =>
            MeetingChange.ApplyAsync<Unit>(db, access, actor, Policy.Meeting.Schedule, groupId, meetingId, async (group, _) =>
            {
                if (group.ReadOnly() is { } archived) return Result<Unit>.Fail(archived);
                var agenda = await db.AgendaTopics.Where(t => t.MeetingId == meetingId).OrderBy(t => t.Position).ThenBy(t => t.Id).Take(AgendaTopic.PerMeetingMax).ToListAsync(ct);
                if (agenda.FirstOrDefault(t => t.Id == topicId) is not { } topic) return Error.NotFound("Topic");
                if (change == Change.Up) AgendaTopic.MoveUp(agenda, topic);
                else topic.ToggleStruck();
                return Result.Ok();
            }, ct);
    }
}
