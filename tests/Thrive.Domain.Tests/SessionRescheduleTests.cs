using Thrive.Domain.Common;
using System.Globalization;
using Thrive.Domain.Agreements;
using Thrive.Domain.Sessions;

namespace Thrive.Domain.Tests;

public sealed class SessionRescheduleTests
{
    private const string Amsterdam = "Europe/Amsterdam";
    private const string NewYork = "America/New_York";
    private const string Johannesburg = "Africa/Johannesburg";

    private static DateTimeOffset Utc(string s) => DateTimeOffset.Parse(s + "Z", CultureInfo.InvariantCulture);
    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static TimeOnly T(string s) => TimeOnly.Parse(s, CultureInfo.InvariantCulture);
    private static string Seen(DateTimeOffset utc, string zone) => SessionTimes.InZone(utc, zone).Value!.Display;

    private static readonly DateTimeOffset Now = Utc("2027-03-01T09:00");
    private static readonly (DateTimeOffset, DateTimeOffset)[] None = [];

    private static MentoringSession Session(string startUtc, int minutes = 60) => MentoringSession.Plan(Guid.NewGuid(), Utc(startUtc), Utc(startUtc).AddMinutes(minutes));

    [Fact]
    public void A_session_moved_across_the_US_change_but_before_the_European_one_shifts_for_the_partner_abroad()
    {
        // Mentor in New York, mentee in Amsterdam. The US moves its clocks on 14 March 2027, Europe on 28 March.
        var session = Session("2027-03-09T15:00"); // 10:00 in New York (UTC-5), 16:00 in Amsterdam (UTC+1)
        Assert.Equal(("Tue 9 Mar 10:00 (UTC-5)", "Tue 9 Mar 16:00 (UTC+1)"), (Seen(session.StartUtc, NewYork), Seen(session.StartUtc, Amsterdam)));

        var start = SessionTimes.FromLocal(D("2027-03-16"), T("10:00"), NewYork); // the mentor keeps "10:00 my time"
        var moved = session.Reschedule(start.Value, start.Value.AddHours(1), Now, None);

        Assert.True(moved.Succeeded);
        Assert.Equal(Utc("2027-03-16T14:00"), session.StartUtc);
        Assert.Equal("Tue 16 Mar 10:00 (UTC-4)", Seen(session.StartUtc, NewYork));
        Assert.Equal("Tue 16 Mar 15:00 (UTC+1)", Seen(session.StartUtc, Amsterdam)); // an hour earlier for the mentee, for two weeks
        Assert.Equal(1, session.Sequence);
    }

    [Theory]
    [InlineData("2027-03-23", "2027-03-23T15:00", "Tue 23 Mar 17:00 (UTC+2)")] // before Europe's change
    [InlineData("2027-03-30", "2027-03-30T14:00", "Tue 30 Mar 16:00 (UTC+2)")] // after it: Johannesburg has no DST
    public void A_time_entered_in_Amsterdam_is_the_same_wall_clock_time_either_side_of_the_change(string date, string utc, string menteeSees)
    {
        var session = Session("2027-03-16T15:00");

        var start = SessionTimes.FromLocal(D(date), T("16:00"), Amsterdam).Value;
        Assert.True(session.Reschedule(start, start.AddMinutes(45), Now, None).Succeeded);

        Assert.Equal(Utc(utc), session.StartUtc);
        Assert.Equal(TimeSpan.FromMinutes(45), session.EndUtc - session.StartUtc);
        Assert.EndsWith("16:00 (UTC+" + (date == "2027-03-23" ? "1)" : "2)"), Seen(session.StartUtc, Amsterdam), StringComparison.Ordinal);
        Assert.Equal(menteeSees, Seen(session.StartUtc, Johannesburg));
    }

    [Fact]
    public void A_time_in_the_spring_forward_gap_moves_forward_by_the_gap()
    {
        var start = SessionTimes.FromLocal(D("2027-03-28"), T("02:30"), Amsterdam);

        Assert.Equal(Utc("2027-03-28T01:30"), start.Value); // 03:30 summer time
    }

    [Fact]
    public void An_unknown_zone_is_a_field_error()
    {
        var r = SessionTimes.FromLocal(D("2027-03-28"), T("10:00"), "Mars/Olympus");

        Assert.Equal("TimeZoneId", Assert.Single(r.Errors).Field);
    }

    [Fact]
    public void Moving_keeps_the_agenda_and_raises_the_sequence_and_version()
    {
        var session = Session("2027-03-09T15:00");
        session.SaveAgenda("Fine", null, null, "Finish the CV", null, share: true, Now);
        var version = session.Version;

        Assert.True(session.Reschedule(Utc("2027-03-10T15:00"), Utc("2027-03-10T16:00"), Now, None).Succeeded);
        Assert.True(session.Reschedule(Utc("2027-03-11T15:00"), Utc("2027-03-11T16:00"), Now, None).Succeeded);

        Assert.Equal(("Fine", "Finish the CV", 2), (session.CheckIn, session.HopeNext, session.Sequence));
        Assert.NotNull(session.AgendaSharedAt);
        Assert.NotEqual(version, session.Version);
    }

    [Theory]
    [InlineData("2027-02-28T15:00", "Start", "in the past")]
    [InlineData("2027-03-12T15:30", "Start", "overlaps")] // another session runs 15:00-16:00
    [InlineData("2027-03-09T15:00", "Start", "already the time")]
    public void Past_overlapping_and_unchanged_times_are_refused_and_nothing_changes(string startUtc, string field, string message)
    {
        var session = Session("2027-03-09T15:00");
        var version = session.Version;

        var r = session.Reschedule(Utc(startUtc), Utc(startUtc).AddHours(1), Now, [(Utc("2027-03-12T15:00"), Utc("2027-03-12T16:00"))]);

        var error = Assert.Single(r.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((Utc("2027-03-09T15:00"), 0, version), (session.StartUtc, session.Sequence, session.Version));
    }

    [Fact]
    public void A_session_ending_as_another_starts_does_not_overlap()
    {
        var session = Session("2027-03-09T15:00");

        Assert.True(session.Reschedule(Utc("2027-03-12T14:00"), Utc("2027-03-12T15:00"), Now, [(Utc("2027-03-12T15:00"), Utc("2027-03-12T16:00"))]).Succeeded);
    }

    [Fact]
    public void A_cancelled_session_cannot_be_moved()
    {
        var session = Session("2027-03-09T15:00");
        session.Cancel("Sick", 24, Now);

        var r = session.Reschedule(Utc("2027-03-10T15:00"), Utc("2027-03-10T16:00"), Now, None);

        Assert.Equal(ErrorKind.Conflict, Assert.Single(r.Errors).Kind);
        Assert.Equal(Utc("2027-03-09T15:00"), session.StartUtc);
    }
}

public sealed class AgendaDeadlineTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 9, 15, 0, 0, TimeSpan.Zero);

    private static MentoringSession Session() => MentoringSession.Plan(Guid.NewGuid(), Start, Start.AddHours(1));

    [Theory]
    [InlineData(24, -25, false)] // a day and an hour before: not yet due
    [InlineData(24, -24, false)] // exactly at the deadline: still on time
    [InlineData(24, -23, true)]
    [InlineData(48, -30, true)]
    [InlineData(1, -30, false)]
    public void Overdue_only_after_the_deadline_while_unshared(int shareHours, int hoursFromStart, bool overdue)
    {
        var d = AgendaDeadline.For(Session(), AgendaOwner.Mentee, shareHours, Start.AddHours(hoursFromStart));

        Assert.Equal(Start.AddHours(-shareHours), d.ShareBy);
        Assert.Equal(overdue, d.Overdue);
    }

    [Fact]
    public void A_shared_or_cancelled_agenda_is_never_overdue()
    {
        var shared = Session();
        shared.SaveAgenda(null, null, null, "Plan the talk", null, share: true, Start.AddHours(-2));
        var cancelled = Session();
        cancelled.Cancel("Holiday", 24, Start.AddDays(-3));

        Assert.False(AgendaDeadline.For(shared, AgendaOwner.Mentor, 24, Start.AddHours(-1)).Overdue);
        Assert.True(AgendaDeadline.For(shared, AgendaOwner.Mentor, 24, Start.AddHours(-1)).Shared);
        Assert.False(AgendaDeadline.For(cancelled, AgendaOwner.Mentee, 24, Start.AddHours(-1)).Overdue);
    }

    [Fact]
    public void Plans_default_to_the_mentee_sharing_a_day_before_and_keep_the_terms_in_range()
    {
        Assert.Equal((AgendaOwner.Mentee, 24), (PlanTerms.Default.AgendaOwner, PlanTerms.Default.AgendaShareHours));
        var valid = PlanTerms.Default with { MeetWhen = "Tuesdays", MeetHow = "Video call" };
        Assert.Empty(valid.Validate());
        Assert.Equal(["AgendaShareHours"], (valid with { AgendaShareHours = 0 }).Validate().Select(e => e.Field));
        Assert.Equal(["AgendaShareHours"], (valid with { AgendaShareHours = 169 }).Validate().Select(e => e.Field));
        Assert.Equal(["AgendaOwner"], (valid with { AgendaOwner = (AgendaOwner)7 }).Validate().Select(e => e.Field));
        Assert.Equal((AgendaOwner.Mentor, 48), ((valid with { AgendaOwner = AgendaOwner.Mentor, AgendaShareHours = 48 }).Normalised() is var n ? (n.AgendaOwner, n.AgendaShareHours) : default));
    }
}
