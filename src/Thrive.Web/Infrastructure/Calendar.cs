using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using ICalendar = Ical.Net.Calendar;

namespace Thrive.Web.Infrastructure;

public enum InvitationMethod { Request, Cancel }

/// <param name="Answer">Their PARTSTAT in an invitation (ACCEPTED, DECLINED); null while they have not answered (NEEDS-ACTION).</param>
public sealed record CalendarPerson(string Email, string Name, string? Answer = null);

/// <summary>
/// One session as calendars see it. <paramref name="Organizer"/> is who made the change (or the programme, when
/// Thrive did), so that replies and "who sent this?" go to them. <paramref name="Sequence"/> must rise with every change the people should
/// see (new time, cancellation), otherwise calendar apps ignore the update.
/// </summary>
public sealed record CalendarSession(
    Guid SessionId, DateTimeOffset StartUtc, DateTimeOffset EndUtc, string Summary, string Description,
    CalendarPerson Organizer, IReadOnlyList<CalendarPerson> Attendees, int Sequence, bool Cancelled = false, string Place = "");

/// <summary>
/// iCalendar (RFC 5545/5546) files for sessions: an invitation (METHOD:REQUEST or CANCEL) mailed to the pair,
/// and a feed for a secret subscription URL. Times are written in UTC; each calendar app shows them in its own zone.
/// </summary>
public static class SessionCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";
    private const string ProductId = "-//Thrive//Mentoring sessions//EN";

    /// <summary>Stable across every update and the cancellation, so calendar apps replace rather than duplicate.</summary>
    public static string Uid(Guid sessionId) => $"{sessionId:N}@thrive";

    /// <summary>A random URL-safe secret for a personal feed URL; store only <see cref="Tokens.Hash"/> of it.</summary>
    public static string NewFeedToken() => Tokens.New();

    public static string Invitation(CalendarSession session, InvitationMethod method, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Invitation([session], method, stamp);
    }

    /// <summary>
    /// One iTIP message holding one event per session, each with its own UID and SEQUENCE (RFC 6047 section 4.4,
    /// "multiple similar components"). Used for a newly scheduled series; later changes go one session at a time.
    /// </summary>
    public static string Invitation(IReadOnlyList<CalendarSession> sessions, InvitationMethod method, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var calendar = new ICalendar { ProductId = ProductId, Method = MethodName(method) };
        foreach (var session in sessions)
        {
            var evt = Event(session, stamp, cancelled: method == InvitationMethod.Cancel || session.Cancelled);
            evt.Organizer = new Organizer(MailTo(session.Organizer.Email)) { CommonName = session.Organizer.Name };
            foreach (var person in session.Attendees)
            {
                // The organizer made the change, so their own place is already accepted and needs no reply.
                var organizes = string.Equals(person.Email.Trim(), session.Organizer.Email.Trim(), StringComparison.OrdinalIgnoreCase);
                evt.Attendees.Add(new Attendee(MailTo(person.Email))
                {
                    CommonName = person.Name, Role = "REQ-PARTICIPANT", ParticipationStatus = organizes ? "ACCEPTED" : person.Answer ?? "NEEDS-ACTION",
                    Rsvp = method == InvitationMethod.Request && !organizes && person.Answer is null,
                });
            }
            calendar.Events.Add(evt);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The METHOD as written in the file and in the mail part's content type.</summary>
    public static string MethodName(InvitationMethod method) => method == InvitationMethod.Cancel ? "CANCEL" : "REQUEST";

    /// <summary>
    /// A subscribable calendar of many sessions. No METHOD (it is a published calendar, not a message), and no
    /// ORGANIZER/ATTENDEE: apps then show plain events rather than invitations, and the URL reveals no addresses.
    /// </summary>
    public static string Feed(string name, IEnumerable<CalendarSession> sessions, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var calendar = new ICalendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var session in sessions) calendar.Events.Add(Event(session, stamp, session.Cancelled));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The event; its place is its LOCATION, and when the place is a video link also its URL.</summary>
    private static CalendarEvent Event(CalendarSession s, DateTimeOffset stamp, bool cancelled) => new()
    {
        Location = string.IsNullOrEmpty(s.Place) ? null : s.Place,
        Url = MeetingPlace.IsLink(s.Place) ? new Uri(s.Place) : null,
        Uid = Uid(s.SessionId),
        Sequence = s.Sequence,
        DtStamp = Utc(stamp),
        Start = Utc(s.StartUtc),
        End = Utc(s.EndUtc),
        Summary = s.Summary,
        Description = s.Description,
        Status = cancelled ? Ical.Net.EventStatus.Cancelled : Ical.Net.EventStatus.Confirmed,
    };

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime);

    private static string MailTo(string email) => $"mailto:{email.Trim()}";
}
