using System.Globalization;
using System.Text;
using Thrive.Web.Features.Sessions;
using Person = Thrive.Web.Features.Sessions.SessionInvitations.Person;

namespace Thrive.Web.Features.Groups;

/// <summary>
/// Mails every member of a group after its meetings change: one mail each, the times in their own zone, and one
/// iCalendar invitation whose events name the ORGANIZER (who made the change) and one ATTENDEE per member, with the
/// member's answer as PARTSTAT. A new series is one REQUEST; a move is a REQUEST and a cancellation a CANCEL with a
/// higher SEQUENCE. Called after the change is saved; a mail failure is logged and never undoes it (the same rules and
/// calendar writer as pair sessions' <see cref="SessionInvitations"/>).
/// </summary>
public sealed class MeetingInvitations(ThriveDbContext db, Mailer mailer, LinkBuilder links, TimeProvider clock, ILogger<MeetingInvitations> log)
{
    private sealed record Member(Person Person, AttendanceAnswer Answer)
    {
        public CalendarPerson Calendar => new(Person.Email, Person.Name, Answer switch
        {
            AttendanceAnswer.Going => "ACCEPTED",
            AttendanceAnswer.NotGoing => "DECLINED",
            _ => null,
        });
    }

    /// <summary>The group's members with their answers to <paramref name="meetingId"/> (none for a new series), in one query.</summary>
    private async Task<List<Member>> MembersAsync(Guid groupId, Guid? meetingId, CancellationToken ct)
    {
        var rows = await db.GroupMembers.Where(m => m.GroupId == groupId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new
            {
                u.Id, u.DisplayName, u.Email, u.TimeZone,
                Answer = db.MeetingAttendance.Where(a => a.MeetingId == meetingId && a.UserId == u.Id).Select(a => a.Answer).FirstOrDefault(),
            })
            .OrderBy(m => m.DisplayName).ThenBy(m => m.Id).Take(GroupDetails.CapacityMax).AsNoTracking().ToListAsync(ct);
        return rows.Where(r => r.Email is not null).Select(r => new Member(new Person(r.Id, r.DisplayName, r.Email!, r.TimeZone), r.Answer)).ToList();
    }

    private async Task<CalendarPerson> OrganizerAsync(Group group, IReadOnlyList<Member> members, Guid actorId, CancellationToken ct) =>
        members.FirstOrDefault(m => m.Person.Id == actorId)?.Person.Calendar
        ?? await db.Users.Where(u => u.Id == actorId).Select(u => new CalendarPerson(u.Email!, u.DisplayName)).FirstOrDefaultAsync(ct)
        ?? new CalendarPerson("", group.Name);

    public async Task ScheduledAsync(Group group, Guid actorId, IReadOnlyList<GroupMeeting> meetings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(meetings);
        var members = await MembersAsync(group.Id, null, ct);
        var organizer = await OrganizerAsync(group, members, actorId, ct);
        var ics = SessionCalendar.Invitation(meetings.Select(m => Event(group, m, organizer, members)).ToList(), InvitationMethod.Request, clock.GetUtcNow());
        var mails = members.Select(reader => SessionInvitations.Mail(reader.Person, $"{Count(meetings.Count)} scheduled: {group.Name}",
            ListBody(reader.Person, $"{organizer.Name} scheduled {Count(meetings.Count)} of {group.Name}.", group.Id, meetings), ics, InvitationMethod.Request)).ToList();
        await SessionInvitations.SendLoggedAsync(mailer, log, mails, ct);
    }

    /// <summary>
    /// A member who joins after meetings were scheduled gets the coming ones: one mail to them alone, with one invitation
    /// holding every coming meeting (each with its own SEQUENCE, so a later move or cancellation updates it). Nothing when none is coming.
    /// </summary>
    public async Task WelcomedAsync(Group group, Guid newMemberId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(group);
        var now = clock.GetUtcNow();
        var coming = await db.GroupMeetings.Where(m => m.GroupId == group.Id && m.Status == MeetingStatus.Scheduled && m.EndUtc > now)
            .OrderBy(m => m.StartUtc).ThenBy(m => m.Id).Take(ListMeetings.Max).AsNoTracking().ToListAsync(ct);
        if (coming.Count == 0) return;
        var members = await MembersAsync(group.Id, null, ct);
        if (members.FirstOrDefault(m => m.Person.Id == newMemberId) is not { } reader) return;
        var facilitator = await db.GroupMembers.Where(m => m.GroupId == group.Id && m.Role == GroupRole.Facilitator).OrderBy(m => m.JoinedAt).ThenBy(m => m.Id)
            .Select(m => m.UserId).FirstOrDefaultAsync(ct);
        var organizer = await OrganizerAsync(group, members, facilitator, ct);
        var ics = SessionCalendar.Invitation(coming.Select(m => Event(group, m, organizer, members)).ToList(), InvitationMethod.Request, now);
        var body = ListBody(reader.Person, $"Welcome to {group.Name}. It has {Count(coming.Count)} coming up.", group.Id, coming);
        await SessionInvitations.SendLoggedAsync(mailer, log,
            [SessionInvitations.Mail(reader.Person, $"Welcome to {group.Name}: {Count(coming.Count)} coming up", body, ics, InvitationMethod.Request)], ct);
    }

    /// <summary>A mail listing meetings in the reader's zone after <paramref name="opening"/>, with where, the meetings page and the feed.</summary>
    private string ListBody(Person reader, string opening, Guid groupId, IReadOnlyList<GroupMeeting> meetings)
    {
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Hello {reader.Name},\n\n{opening} ")
            .Append(CultureInfo.InvariantCulture, $"In your time zone ({reader.TimeZone}):\n\n");
        foreach (var m in meetings) body.Append(CultureInfo.InvariantCulture, $"- {SessionInvitations.At(m.StartUtc, reader)}\n");
        return body.Append(CultureInfo.InvariantCulture, $"\n{MeetingPlace.Line(meetings[0].Place)}\n\n")
            .Append(CultureInfo.InvariantCulture, $"Answer going or not going, and add a topic: {links.Absolute($"/Groups/{groupId}/Meetings")}\n")
            .Append(CultureInfo.InvariantCulture, $"Your calendar feed holds every meeting: {links.Absolute("/Account/Calendar")}\n\nThrive").ToString();
    }

    public Task MovedAsync(Group group, Guid actorId, GroupMeeting meeting, DateTimeOffset previousStartUtc, CancellationToken ct) =>
        OneChangedAsync(group, actorId, meeting, InvitationMethod.Request, (r, organizer) => (
            $"Meeting moved to {SessionInvitations.At(meeting.StartUtc, r)}: {group.Name}",
            $"Hello {r.Name},\n\n{organizer} moved a meeting of {group.Name}.\n\nWas: {SessionInvitations.At(previousStartUtc, r)}\n" +
            $"Now: {SessionInvitations.At(meeting.StartUtc, r)}\n(times in your time zone, {r.TimeZone})\n{MeetingPlace.Line(meeting.Place)}\n\n" +
            $"Your answer and the agenda stay with the meeting: {links.Absolute($"/Groups/{group.Id}/Meetings/{meeting.Id}")}\n\nThrive"), ct);

    public Task CancelledAsync(Group group, Guid actorId, GroupMeeting meeting, CancellationToken ct) =>
        OneChangedAsync(group, actorId, meeting, InvitationMethod.Cancel, (r, organizer) => (
            $"Meeting cancelled: {group.Name}, {SessionInvitations.At(meeting.StartUtc, r)}",
            $"Hello {r.Name},\n\n{organizer} cancelled the meeting of {group.Name} on {SessionInvitations.At(meeting.StartUtc, r)} " +
            $"(your time zone, {r.TimeZone}).\nReason: {meeting.CancelReason}\n\nThe group's meetings: {links.Absolute($"/Groups/{group.Id}/Meetings")}\n\nThrive"), ct);

    /// <summary>One meeting's change to every member: the invitation with the answers given so far, and each one's mail (subject, body) from <paramref name="write"/>.</summary>
    private async Task OneChangedAsync(Group group, Guid actorId, GroupMeeting meeting, InvitationMethod method, Func<Person, string, (string Subject, string Body)> write,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(meeting);
        var members = await MembersAsync(group.Id, meeting.Id, ct);
        var organizer = await OrganizerAsync(group, members, actorId, ct);
        var ics = SessionCalendar.Invitation(Event(group, meeting, organizer, members), method, clock.GetUtcNow());
        var mails = members.Select(m =>
        {
            var (subject, body) = write(m.Person, organizer.Name);
            return SessionInvitations.Mail(m.Person, subject, body, ics, method);
        }).ToList();
        await SessionInvitations.SendLoggedAsync(mailer, log, mails, ct);
    }

    private CalendarSession Event(Group group, GroupMeeting m, CalendarPerson organizer, IReadOnlyList<Member> members) => new(
        m.Id, m.StartUtc, m.EndUtc, GroupMeeting.CalendarTitle(group.Name), Description(group.Id, m.Id), organizer, members.Select(x => x.Calendar).ToList(), m.Sequence,
        m.Status == MeetingStatus.Cancelled, m.Place);

    public string Description(Guid groupId, Guid meetingId) => $"Agenda, round of updates and notes: {links.Absolute($"/Groups/{groupId}/Meetings/{meetingId}")}";

    private static string Count(int n) => n == 1 ? "a meeting" : $"{n} meetings";
}
