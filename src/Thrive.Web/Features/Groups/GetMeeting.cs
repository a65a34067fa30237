using Thrive.Web.Features.Sessions;

namespace Thrive.Web.Features.Groups;

/// <summary>
/// One group meeting as the reader may see it: when (in their zone, and each member's own), where, its status, and
/// every member with their answer and, once recorded, whether they attended. Members also read the agenda topics, the
/// round of updates, the shared notes and the action items; the programme's coordinators do not. A fixed number of queries.
/// </summary>
public static class GetMeeting
{
    public sealed record Attendee(Guid UserId, string Name, GroupRole Role, string TheirTime, AttendanceAnswer Answer, bool? Attended);

    public sealed record Topic(Guid Id, string Text, string AuthorName, bool Struck, bool Mine);

    public sealed record Update(Guid AuthorId, string AuthorName, string Text, DateTimeOffset UpdatedAt, bool Mine);

    public sealed record ActionRow(Guid Id, string Text, Guid OwnerId, string OwnerName, DateOnly? DueDate, bool Done, bool Mine);

    public sealed record Header(Guid GroupId, string GroupName, GroupKind Kind, bool Archived, Guid Id, DateTimeOffset StartUtc, DateTimeOffset EndUtc,
        MeetingStatus Status, string CancelReason, string Place, string SharedNotes, DateTimeOffset? AttendanceRecordedAt, Guid Version);

    public sealed record View(Header Meeting, string YourTime, string TimeZone, DateTime LocalStart, IReadOnlyList<Attendee> Attendees, bool IsMember,
        bool CanSchedule, bool SeesNotes, IReadOnlyList<Topic> Topics, IReadOnlyList<Update> Updates, IReadOnlyList<ActionRow> Actions, bool Started, bool AnswersOpen)
    {
        public AttendanceAnswer? MyAnswer(Guid me) => Attendees.FirstOrDefault(a => a.UserId == me)?.Answer;
        public bool Open => !Meeting.Archived && Meeting.Status != MeetingStatus.Cancelled;
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid groupId, Guid meetingId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Meeting.Read, groupId, ct);
            if (grant.Denied is { } denied) return denied;
            var notes = grant.May(Policy.Meeting.ReadNotes);
            var me = actor.UserId;
            var header = await db.GroupMeetings.Where(m => m.Id == meetingId && m.GroupId == groupId)
                .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new Header(g.Id, g.Name, g.Kind, g.ArchivedAt != null, m.Id, m.StartUtc, m.EndUtc, m.Status,
                    m.CancelReason, m.Place, notes ? m.SharedNotes : "", m.AttendanceRecordedAt, m.Version))
                .AsNoTracking().FirstOrDefaultAsync(ct);
            if (header is null) return Error.NotFound("Meeting");
            var members = await db.GroupMembers.Where(m => m.GroupId == groupId)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new
                {
                    m.UserId, u.DisplayName, m.Role, u.TimeZone,
                    Row = db.MeetingAttendance.Where(a => a.MeetingId == meetingId && a.UserId == m.UserId).Select(a => new { a.Answer, a.Attended }).FirstOrDefault(),
                })
                .OrderBy(m => m.Role).ThenBy(m => m.DisplayName).ThenBy(m => m.UserId).Take(GroupDetails.CapacityMax).AsNoTracking().ToListAsync(ct);
            List<Topic> topics = [];
            List<Update> updates = [];
            List<ActionRow> actions = [];
            if (notes)
            {
                topics = await db.AgendaTopics.Where(t => t.MeetingId == meetingId).OrderBy(t => t.Position).ThenBy(t => t.Id).Take(AgendaTopic.PerMeetingMax)
                    .Select(t => new Topic(t.Id, t.Text, db.Users.Where(u => u.Id == t.AuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? "", t.Struck, t.AuthorId == me))
                    .AsNoTracking().ToListAsync(ct);
                updates = await db.MeetingUpdates.Where(u => u.MeetingId == meetingId).OrderBy(u => u.UpdatedAt).ThenBy(u => u.Id).Take(GroupDetails.CapacityMax)
                    .Select(u => new Update(u.AuthorId, db.Users.Where(x => x.Id == u.AuthorId).Select(x => x.DisplayName).FirstOrDefault() ?? "", u.Text, u.UpdatedAt, u.AuthorId == me))
                    .AsNoTracking().ToListAsync(ct);
                actions = await db.MeetingActionItems.Where(a => a.MeetingId == meetingId).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).Take(MeetingActionItem.PerMeetingMax)
                    .Select(a => new ActionRow(a.Id, a.Text, a.OwnerId, db.Users.Where(x => x.Id == a.OwnerId).Select(x => x.DisplayName).FirstOrDefault() ?? "", a.DueDate,
                        a.DoneAt != null, a.OwnerId == me))
                    .AsNoTracking().ToListAsync(ct);
            }
            var zone = reader.TimeZone;
            var now = reader.UtcNow;
            var local = SessionTimes.InZone(header.StartUtc, zone);
            var attendees = members.Select(m => new Attendee(m.UserId, m.DisplayName, m.Role, SessionPeople.At(header.StartUtc, m.TimeZone),
                m.Row?.Answer ?? AttendanceAnswer.NoAnswer, m.Row?.Attended)).ToList();
            return new View(header, SessionPeople.At(header.StartUtc, zone), zone, local.Succeeded ? local.Value!.Local : header.StartUtc.UtcDateTime, attendees,
                grant.Has(Tie.GroupMember), grant.May(Policy.Meeting.Schedule), notes, topics, updates, actions, now >= header.StartUtc,
                header.Status == MeetingStatus.Scheduled && now < header.StartUtc && !header.Archived);
        }
    }
}
