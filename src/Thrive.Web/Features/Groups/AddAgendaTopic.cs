namespace Thrive.Web.Features.Groups;

/// <summary>A member puts a topic on the meeting's shared agenda, at the end.</summary>
public static class AddAgendaTopic
{
    public sealed record Request(string? Text);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Guid meetingId, Request r, CancellationToken ct) =>
            MeetingChange.ApplyAsync(db, access, actor, Policy.Meeting.TakePart, groupId, meetingId, async (group, meeting) =>
            {
                ArgumentNullException.ThrowIfNull(r);
                var agenda = await db.AgendaTopics.Where(t => t.MeetingId == meetingId).OrderBy(t => t.Position).ThenBy(t => t.Id).Take(AgendaTopic.PerMeetingMax)
                    .AsNoTracking().ToListAsync(ct);
                var added = AgendaTopic.Add(group, meeting, agenda, actor.UserId, r.Text, reader.UtcNow);
                if (added.Succeeded) db.AgendaTopics.Add(added.Value!);
                return added;
            }, ct);
    }
}
