using Thrive.Web.Features.Sessions;

namespace Thrive.Web.Features.Groups;

/// <summary>
/// A group's meetings, a page at a time: the coming ones first (soonest first), then the past ones (latest first). Each shows its
/// time in the reader's own zone and how many members are going, not going and attended, the attendance the programme's
/// coordinators follow (never the notes). A fixed number of queries, whatever the number of meetings and members.
/// </summary>
public static class ListMeetings
{
    public const int Max = 500;
    public const int PageSize = 20;

    public sealed record Row(Guid Id, DateTimeOffset StartUtc, string YourTime, MeetingStatus Status, int Going, int NotGoing, int Attended, AttendanceAnswer? MyAnswer);

    public sealed record View(Guid GroupId, string GroupName, GroupKind Kind, bool Archived, int Members, string TimeZone, bool CanSchedule, bool IsMember,
        Row? Next, IReadOnlyList<Row> Rows, int Page, int Pages, int Total);

    private sealed record Stored(Guid Id, DateTimeOffset StartUtc, MeetingStatus Status, int Going, int NotGoing, int Attended, AttendanceAnswer? MyAnswer);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid groupId, int page, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Meeting.Read, groupId, ct);
            if (grant.Denied is { } denied) return denied;
            var now = reader.UtcNow;
            var zone = reader.TimeZone;
            var header = await db.Groups.Where(g => g.Id == groupId)
                .Select(g => new { g.Name, g.Kind, g.ArchivedAt, Members = db.GroupMembers.Count(m => m.GroupId == g.Id) }).AsNoTracking().FirstAsync(ct);
            var all = db.GroupMeetings.Where(m => m.GroupId == groupId);
            var total = Math.Min(await all.CountAsync(ct), Max);
            var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
            page = Math.Clamp(page, 1, pages);
            var rows = await Shape(all.OrderBy(m => m.EndUtc <= now).ThenBy(m => m.EndUtc > now ? m.StartUtc : now).ThenByDescending(m => m.StartUtc).ThenBy(m => m.Id).Skip((page - 1) * PageSize).Take(PageSize), groupId, actor.UserId)
                .AsNoTracking().ToListAsync(ct);
            var next = await Shape(all.Where(m => m.Status == MeetingStatus.Scheduled && m.EndUtc > now).OrderBy(m => m.StartUtc).ThenBy(m => m.Id).Take(1), groupId, actor.UserId)
                .AsNoTracking().FirstOrDefaultAsync(ct);
            Row Show(Stored s) => new(s.Id, s.StartUtc, SessionPeople.At(s.StartUtc, zone), s.Status, s.Going, s.NotGoing, s.Attended, s.MyAnswer);
            return new View(groupId, header.Name, header.Kind, header.ArchivedAt is not null, header.Members, zone, grant.May(Policy.Meeting.Schedule),
                grant.Has(Tie.GroupMember), next is null ? null : Show(next), rows.Select(Show).ToList(), page, pages, total);
        }

        /// <summary>Answers count for the members there are now; attendance as recorded.</summary>
        private IQueryable<Stored> Shape(IQueryable<GroupMeeting> meetings, Guid groupId, Guid me) => meetings.Select(m => new Stored(m.Id, m.StartUtc, m.Status,
            db.MeetingAttendance.Count(a => a.MeetingId == m.Id && a.Answer == AttendanceAnswer.Going && db.GroupMembers.Any(g => g.GroupId == groupId && g.UserId == a.UserId)),
            db.MeetingAttendance.Count(a => a.MeetingId == m.Id && a.Answer == AttendanceAnswer.NotGoing && db.GroupMembers.Any(g => g.GroupId == groupId && g.UserId == a.UserId)),
            db.MeetingAttendance.Count(a => a.MeetingId == m.Id && a.Attended == true),
            db.MeetingAttendance.Where(a => a.MeetingId == m.Id && a.UserId == me).Select(a => (AttendanceAnswer?)a.Answer).FirstOrDefault()));
    }
}
