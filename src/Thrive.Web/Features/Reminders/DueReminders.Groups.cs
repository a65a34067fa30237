using Thrive.Domain.Groups;

namespace Thrive.Web.Features.Reminders;

public sealed partial class DueReminders
{
    /// <summary>A book club's reading part due soon that <see cref="Reader"/>, a member, has not marked read.</summary>
    public sealed record ReadingRow(Guid PartId, Guid GroupId, string GroupName, string Title, int FromChapter, int ToChapter, DateOnly DueOn, Person Reader)
    {
        public string Chapters => ReadingPart.ChaptersOf(FromChapter, ToChapter).ToLowerInvariant();
    }

    /// <summary>A scheduled group meeting in the week ahead, for one member who has not said they are not going.</summary>
    public sealed record GroupMeetingRow(Guid MeetingId, Guid GroupId, string GroupName, DateTimeOffset StartUtc, string Place, Person Member);

    /// <summary>
    /// Scheduled meetings of open groups starting in the next eight days, one row per member who has not answered "not
    /// going": one query, whatever the number of groups and members.
    /// </summary>
    private async Task<IReadOnlyList<GroupMeetingRow>> LoadGroupMeetingsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var horizon = now.AddDays(8);
        return await (
            from x in db.GroupMeetings.AsNoTracking()
            where x.Status == MeetingStatus.Scheduled && x.StartUtc >= now && x.StartUtc < horizon
            join g in db.Groups.AsNoTracking() on x.GroupId equals g.Id
            where g.ArchivedAt == null
            join m in db.GroupMembers.AsNoTracking() on g.Id equals m.GroupId
            where !db.MeetingAttendance.Any(a => a.MeetingId == x.Id && a.UserId == m.UserId && a.Answer == AttendanceAnswer.NotGoing)
            join u in db.Users on m.UserId equals u.Id
            orderby x.StartUtc, x.Id, u.Id
            select new GroupMeetingRow(x.Id, g.Id, g.Name, x.StartUtc, x.Place, new Person(u.Id, u.Email!, u.DisplayName, u.TimeZone)))
            .Take(O.MaxPerKind).ToListAsync(ct);
    }

    /// <summary>"Group meeting tomorrow": to each member not "not going", on the day before in their own zone, once per meeting.</summary>
    private static IEnumerable<DueReminder> GroupMeetingTomorrow(IReadOnlyList<GroupMeetingRow> meetings, DateTimeOffset now, int hour) =>
        from x in meetings
        where ReminderRules.IsTomorrow(x.StartUtc, now, x.Member.TimeZone, hour)
        select new DueReminder(ReminderKeys.GroupMeetingTomorrow(x.MeetingId, x.Member.Id), ReminderKind.GroupMeetingTomorrow, x.Member, w => w.GroupMeetingTomorrow(x));

    /// <summary>The reading the weekly digest looks ahead over (from each reader's today).</summary>
    private const int ReadingDigestDays = 7;

    /// <summary>
    /// Reading parts of open book clubs due from the earliest day anyone is in to a week after the latest, one row per
    /// member who has not marked the part read: one query, whatever the number of clubs and members.
    /// </summary>
    private async Task<IReadOnlyList<ReadingRow>> LoadReadingAsync(DateTimeOffset now, CancellationToken ct)
    {
        var first = EarliestToday(now);
        var last = first.AddDays(ReadingDigestDays + 2);
        return await (
            from part in db.ReadingParts.AsNoTracking()
            where part.DueOn >= first && part.DueOn <= last
            join g in db.Groups.AsNoTracking() on part.GroupId equals g.Id
            where g.ArchivedAt == null
            join m in db.GroupMembers.AsNoTracking() on g.Id equals m.GroupId
            where !db.PartsRead.Any(r => r.PartId == part.Id && r.UserId == m.UserId)
            join u in db.Users on m.UserId equals u.Id
            orderby part.DueOn, part.Id, u.Id
            select new ReadingRow(part.Id, g.Id, g.Name, part.Title, part.FromChapter, part.ToChapter, part.DueOn,
                new Person(u.Id, u.Email!, u.DisplayName, u.TimeZone)))
            .Take(O.MaxPerKind).ToListAsync(ct);
    }

    /// <summary>"Reading due tomorrow": to each member who has not marked the part read, on the day before it is due in their own zone, once.</summary>
    private static IEnumerable<DueReminder> ReadingDue(IReadOnlyList<ReadingRow> reading, DateTimeOffset now, int hour) =>
        from r in reading
        where ReminderRules.IsSendingHour(now, r.Reader.TimeZone, hour) && r.DueOn == ReminderRules.LocalDate(now, r.Reader.TimeZone).AddDays(1)
        select new DueReminder(ReminderKeys.ReadingDue(r.PartId, r.Reader.Id), ReminderKind.ReadingDue, r.Reader, w => w.ReadingDue(r));

    /// <summary>A reader's unread parts due in the week ahead of their today, for the digest.</summary>
    private static List<ReadingRow> ReadingThisWeek(IReadOnlyList<ReadingRow> reading, Person me, DateTimeOffset now)
    {
        var today = ReminderRules.LocalDate(now, me.TimeZone);
        return reading.Where(r => r.Reader.Id == me.Id && r.DueOn >= today && r.DueOn < today.AddDays(ReadingDigestDays)).ToList();
    }
}
