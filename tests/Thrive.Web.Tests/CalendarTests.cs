using Ical.Net.CalendarComponents;
using Thrive.Web.Infrastructure;
using ICalendar = Ical.Net.Calendar;

namespace Thrive.Web.Tests;

/// <summary>Invitations and feeds are parsed back with Ical.Net, as a calendar app would read them.</summary>
public sealed class CalendarTests
{
    private static readonly DateTimeOffset Stamp = new(2027, 3, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly CalendarPerson Mentee = new("thandi@example.com", "Thandi Nkosi");
    private static readonly CalendarPerson Mentor = new("anne@example.com", "Anne de Vries");

    private static CalendarSession Session(int sequence = 0, Guid? id = null, int weekOffset = 0) => new(
        id ?? Guid.NewGuid(),
        new DateTimeOffset(2027, 3, 30, 14, 0, 0, TimeSpan.Zero).AddDays(7 * weekOffset),
        new DateTimeOffset(2027, 3, 30, 15, 0, 0, TimeSpan.Zero).AddDays(7 * weekOffset),
        "Mentoring session: Thandi & Anne",
        "Agenda: check-in; what went well; what did not;\nnext week, challenges.",
        Mentee, [Mentee, Mentor], sequence);

    private static CalendarEvent SingleEvent(string ics, out ICalendar calendar)
    {
        calendar = ICalendar.Load(ics)!;
        return Assert.Single(calendar.Events);
    }

    [Fact]
    public void Invitation_is_a_request_with_UTC_times_organizer_and_attendees()
    {
        var session = Session(sequence: 0);

        var evt = SingleEvent(SessionCalendar.Invitation(session, InvitationMethod.Request, Stamp), out var calendar);

        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal(SessionCalendar.Uid(session.SessionId), evt.Uid);
        Assert.Equal(session.StartUtc.UtcDateTime, evt.Start!.AsUtc);
        Assert.Equal(session.EndUtc.UtcDateTime, evt.End!.AsUtc);
        Assert.True(evt.Start.IsUtc);
        Assert.Equal(session.Summary, evt.Summary);
        Assert.Equal(session.Description, evt.Description);
        Assert.Equal("CONFIRMED", evt.Status);
        Assert.Equal(new Uri("mailto:thandi@example.com"), evt.Organizer!.Value);
        Assert.Equal(["mailto:anne@example.com", "mailto:thandi@example.com"], evt.Attendees.Select(a => a.Value!.ToString()).Order());
        Assert.Contains(evt.Attendees, a => a.CommonName == "Anne de Vries");
    }

    [Fact]
    public void Cancellation_keeps_the_UID_raises_the_sequence_and_is_cancelled()
    {
        var id = Guid.NewGuid();
        var request = SingleEvent(SessionCalendar.Invitation(Session(sequence: 0, id), InvitationMethod.Request, Stamp), out _);
        var moved = SingleEvent(SessionCalendar.Invitation(Session(sequence: 1, id, weekOffset: 1), InvitationMethod.Request, Stamp), out _);

        var cancel = SingleEvent(SessionCalendar.Invitation(Session(sequence: 2, id, weekOffset: 1), InvitationMethod.Cancel, Stamp.AddDays(1)), out var calendar);

        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("CANCELLED", cancel.Status);
        Assert.Equal(request.Uid, moved.Uid);
        Assert.Equal(request.Uid, cancel.Uid);
        Assert.Equal([0, 1, 2], new[] { request.Sequence, moved.Sequence, cancel.Sequence });
        Assert.Equal(2, cancel.Attendees.Count);
    }

    [Fact]
    public void Serialized_invitation_reads_as_RFC_5545()
    {
        var ics = SessionCalendar.Invitation(Session(sequence: 3), InvitationMethod.Request, Stamp);

        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20270330T140000Z", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND:20270330T150000Z", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:3", ics, StringComparison.Ordinal);
        Assert.Contains("STATUS:CONFIRMED", ics, StringComparison.Ordinal);
        Assert.Contains("\r\n", ics, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(12)]
    public void Feed_holds_every_session_and_no_method(int count)
    {
        var sessions = Enumerable.Range(0, count).Select(i => Session(weekOffset: i)).ToList();

        var ics = SessionCalendar.Feed("Thrive sessions", sessions, Stamp);
        var calendar = ICalendar.Load(ics)!;

        Assert.Null(calendar.Method);
        Assert.DoesNotContain("METHOD:", ics, StringComparison.Ordinal);
        Assert.Equal(count, calendar.Events.Count);
        Assert.Equal(sessions.Select(s => SessionCalendar.Uid(s.SessionId)), calendar.Events.Select(e => e.Uid));
        Assert.Equal(sessions.Select(s => s.StartUtc.UtcDateTime), calendar.Events.Select(e => e.Start!.AsUtc));
        Assert.All(calendar.Events, e => Assert.Empty(e.Attendees));
    }

    [Fact]
    public void Feed_shows_a_cancelled_session_as_cancelled()
    {
        var ics = SessionCalendar.Feed("Thrive sessions", [Session(), Session(sequence: 1, weekOffset: 1) with { Cancelled = true }], Stamp);

        Assert.Equal(["CONFIRMED", "CANCELLED"], ICalendar.Load(ics)!.Events.Select(e => e.Status));
    }

    [Fact]
    public void Feed_tokens_are_random_and_url_safe()
    {
        var a = SessionCalendar.NewFeedToken();
        var b = SessionCalendar.NewFeedToken();

        Assert.NotEqual(a, b);
        Assert.True(a.Length >= 40);
        Assert.All(a, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
        Assert.Equal(64, Tokens.Hash(a).Length);
    }
}
