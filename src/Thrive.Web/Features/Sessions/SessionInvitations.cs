using System.Globalization;
using System.Text;

namespace Thrive.Web.Features.Sessions;

/// <summary>
/// Mails both members of a pair after their sessions change, each with the times written in their own time zone and an
/// iCalendar invitation (REQUEST for new and moved sessions, CANCEL for cancelled ones). Called after the change is
/// saved; all mails of one change go out in one batch. A mail failure is logged, never undoes the saved change.
/// The invitation's ORGANIZER is whoever made the change (actorId), or the programme when Thrive itself did (null).
/// </summary>
public sealed class SessionInvitations(ThriveDbContext db, Mailer mailer, LinkBuilder links, TimeProvider clock, IOptions<ThriveOptions> options,
    ILogger<SessionInvitations> log)
{
    public sealed record Person(Guid Id, string Name, string Email, string TimeZone)
    {
        public CalendarPerson Calendar => new(Email, Name);
    }

    /// <param name="PlanPlace">Where the pair's latest mentoring plan says they meet (empty when it names no place).</param>
    public sealed record PairPeople(Guid PairId, Person Mentee, Person Mentor, string ProgrammeName, string PlanPlace = "")
    {
        public IReadOnlyList<Person> Both => [Mentee, Mentor];
    }

    /// <summary>Both members with their addresses and zones, and their programme's name, in one query.</summary>
    public Task<PairPeople> PeopleAsync(Guid pairId, CancellationToken ct) => (
        from p in db.Pairs
        where p.Id == pairId
        join mentee in db.Users on p.MenteeId equals mentee.Id
        join mentor in db.Users on p.MentorId equals mentor.Id
        join programme in db.Programmes on p.ProgrammeId equals programme.Id
        select new PairPeople(p.Id,
            new Person(mentee.Id, mentee.DisplayName, mentee.Email!, mentee.TimeZone),
            new Person(mentor.Id, mentor.DisplayName, mentor.Email!, mentor.TimeZone),
            programme.Name,
            db.Plans.Where(x => x.PairId == p.Id).OrderByDescending(x => x.Number).Select(x => x.Terms.MeetingPlace).FirstOrDefault() ?? ""))
        .FirstAsync(ct);

    /// <summary>
    /// The ORGANIZER calendars show and reply to: the member who made the change, someone else who did (a coordinator),
    /// or, when Thrive itself made it (<paramref name="actorId"/> null), the programme at the installation's sender address.
    /// </summary>
    public async Task<CalendarPerson> OrganizerAsync(PairPeople people, Guid? actorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(people);
        if (actorId is not { } id) return Programme(people);
        if (people.Both.FirstOrDefault(p => p.Id == id) is { } member) return member.Calendar;
        return await db.Users.Where(u => u.Id == id).Select(u => new CalendarPerson(u.Email!, u.DisplayName)).FirstOrDefaultAsync(ct)
            ?? Programme(people);
    }

    private CalendarPerson Programme(PairPeople people) => new(MimeKit.MailboxAddress.Parse(options.Value.Mail.From).Address, people.ProgrammeName);

    /// <summary>One mail per person listing the new sessions, with one invitation event per session.</summary>
    public async Task SeriesScheduledAsync(PairPeople people, Guid? actorId, IReadOnlyList<MentoringSession> sessions, CancellationToken ct)
    {
        var organizer = await OrganizerAsync(people, actorId, ct);
        var ics = SessionCalendar.Invitation(sessions.Select(s => Event(people, s, organizer)).ToList(), InvitationMethod.Request, clock.GetUtcNow());
        var mails = people.Both.Select(reader =>
        {
            var body = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"Hello {reader.Name},\n\n{organizer.Name} scheduled {sessions.Count} mentoring sessions for ")
                .Append(CultureInfo.InvariantCulture, $"{people.Mentee.Name} and {people.Mentor.Name}. In your time zone ({reader.TimeZone}):\n\n");
            foreach (var s in sessions) body.Append(CultureInfo.InvariantCulture, $"- {At(s.StartUtc, reader)}\n");
            body.Append(CultureInfo.InvariantCulture, $"\n{MeetingPlace.Line(people.PlanPlace)}\n");
            body.Append("\nThe attached invitation adds them to your calendar. Some calendar apps take only the first session from an ")
                .Append(CultureInfo.InvariantCulture, $"invitation; your personal calendar feed always holds all of them:\n{links.Absolute("/Account/Calendar")}\n\n")
                .Append(CultureInfo.InvariantCulture, $"Your sessions: {links.Absolute($"/Pairs/{people.PairId}/Sessions")}\n\nThrive");
            return Mail(reader, $"{sessions.Count} sessions scheduled: {people.Mentee.Name} & {people.Mentor.Name}", body.ToString(), ics, InvitationMethod.Request);
        }).ToList();
        await SendAsync(mails, ct);
    }

    /// <summary>The moved session as a REQUEST with a higher sequence, so calendars update the event they already hold.</summary>
    public async Task RescheduledAsync(PairPeople people, Guid? actorId, MentoringSession session, DateTimeOffset previousStartUtc, CancellationToken ct)
    {
        var organizer = await OrganizerAsync(people, actorId, ct);
        var ics = SessionCalendar.Invitation(Event(people, session, organizer), InvitationMethod.Request, clock.GetUtcNow());
        var mails = people.Both.Select(reader => Mail(reader, $"Session moved to {At(session.StartUtc, reader)}",
            $"Hello {reader.Name},\n\n{organizer.Name} moved a mentoring session of {people.Mentee.Name} and {people.Mentor.Name}.\n\n" +
            $"Was: {At(previousStartUtc, reader)}\nNow: {At(session.StartUtc, reader)}\n(times in your time zone, {reader.TimeZone})\n{MeetingPlace.Line(MeetingPlace.Of(session.MeetingPlace, people.PlanPlace))}\n\n" +
            $"The agenda and notes stay with the session: {links.Absolute($"/Sessions/{session.Id}")}\n\nThrive",
            ics, InvitationMethod.Request)).ToList();
        await SendAsync(mails, ct);
    }

    /// <summary>The session's new link or place, as a REQUEST with a higher sequence so that calendars update the event.</summary>
    public async Task PlaceChangedAsync(PairPeople people, Guid? actorId, MentoringSession session, CancellationToken ct)
    {
        var organizer = await OrganizerAsync(people, actorId, ct);
        var place = MeetingPlace.Of(session.MeetingPlace, people.PlanPlace);
        var ics = SessionCalendar.Invitation(Event(people, session, organizer), InvitationMethod.Request, clock.GetUtcNow());
        var mails = people.Both.Select(reader => Mail(reader, $"Where you meet on {At(session.StartUtc, reader)}",
            $"Hello {reader.Name},\n\n{organizer.Name} set where the mentoring session of {people.Mentee.Name} and {people.Mentor.Name} " +
            $"on {At(session.StartUtc, reader)} takes place.\n\n{MeetingPlace.Line(place)}\n\nThe session: {links.Absolute($"/Sessions/{session.Id}")}\n\nThrive",
            ics, InvitationMethod.Request)).ToList();
        await SendAsync(mails, ct);
    }

    /// <summary>A CANCEL with a higher sequence: calendars mark the event cancelled.</summary>
    public async Task CancelledAsync(PairPeople people, Guid? actorId, MentoringSession session, CancellationToken ct)
    {
        var organizer = await OrganizerAsync(people, actorId, ct);
        var ics = SessionCalendar.Invitation(Event(people, session, organizer), InvitationMethod.Cancel, clock.GetUtcNow());
        var mails = people.Both.Select(reader => Mail(reader, $"Session cancelled: {At(session.StartUtc, reader)}",
            $"Hello {reader.Name},\n\n{organizer.Name} cancelled the mentoring session of {At(session.StartUtc, reader)} " +
            $"(your time zone, {reader.TimeZone}).\nReason: {session.CancelReason}\n\nAgree a new date together: {links.Absolute($"/Sessions/{session.Id}")}\n\nThrive",
            ics, InvitationMethod.Cancel)).ToList();
        await SendAsync(mails, ct);
    }

    /// <summary>A session as calendars see it: organised by whoever made the change, both members attend.</summary>
    public CalendarSession Event(PairPeople people, MentoringSession s, CalendarPerson organizer) => new(
        s.Id, s.StartUtc, s.EndUtc, Summary(people.Mentee.Name, people.Mentor.Name), Description(s.Id), organizer,
        [people.Mentee.Calendar, people.Mentor.Calendar], s.Sequence, s.Status == SessionStatus.Cancelled, MeetingPlace.Of(s.MeetingPlace, people.PlanPlace));

    public static string Summary(string mentee, string mentor) => $"Mentoring session: {mentee} & {mentor}";

    public string Description(Guid sessionId) => $"Agenda, notes and action items: {links.Absolute($"/Sessions/{sessionId}")}";

    /// <summary>"Tue 3 Mar 16:00 (UTC+1)" in the reader's zone (UTC when their zone is unknown).</summary>
    public static string At(DateTimeOffset utc, Person reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var z = SessionTimes.InZone(utc, reader.TimeZone);
        return (z.Succeeded ? z : SessionTimes.InZone(utc, "UTC")).Value!.Display;
    }

    /// <summary>A mail to <paramref name="to"/> with the invitation as its calendar part (group meetings use it too).</summary>
    internal static OutgoingMail Mail(Person to, string subject, string body, string ics, InvitationMethod method) =>
        new(to.Email, subject, body) { Calendar = new CalendarPart(ics, SessionCalendar.MethodName(method)) };

    private Task SendAsync(List<OutgoingMail> mails, CancellationToken ct) => SendLoggedAsync(mailer, log, mails, ct);

    /// <summary>Sends a change's invitations in one batch; a mail failure is logged, never undoes the saved change.</summary>
    internal static async Task SendLoggedAsync(Mailer mailer, ILogger log, IReadOnlyList<OutgoingMail> mails, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mailer);
        ArgumentNullException.ThrowIfNull(mails);
        try { await mailer.SendManyAsync(mails, ct); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Net.Sockets.SocketException
            or MailKit.ProtocolException or MailKit.CommandException or MailKit.Security.AuthenticationException)
        {
            log.LogError(e, "Invitations to {Count} people could not be sent", mails.Count);
        }
    }
}
