using Thrive.Domain.Programmes;
using Thrive.Domain.Common;
using System.Globalization;
using Thrive.Domain.Sessions;

namespace Thrive.Domain.Tests;

public sealed class SessionScheduleTests
{
    private const string Amsterdam = "Europe/Amsterdam";
    private const string Johannesburg = "Africa/Johannesburg";

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static DateTimeOffset Utc(string s) => DateTimeOffset.Parse(s + "Z", CultureInfo.InvariantCulture);

    private static SessionSlot Slot(SessionCadence cadence, string startsOn, string time = "16:00", string zone = Amsterdam, int minutes = 60)
    {
        var first = D(startsOn);
        var r = SessionSlot.Create(first.DayOfWeek, TimeOnly.Parse(time, CultureInfo.InvariantCulture), zone, minutes, cadence, first);
        Assert.True(r.Succeeded, string.Join("; ", r.Errors.Select(e => e.Message)));
        return r.Value!;
    }

    private static DateOnly[] LocalDates(IEnumerable<(DateTimeOffset StartUtc, DateTimeOffset EndUtc)> sessions) =>
        sessions.Select(s => DateOnly.FromDateTime(SessionTimes.InZone(s.StartUtc, Amsterdam).Value!.Local)).ToArray();

    [Theory]
    [InlineData("2027-03-23", "2027-03-23T15:00", "Tue 23 Mar 16:00 (UTC+1)", "Tue 23 Mar 17:00 (UTC+2)")]
    [InlineData("2027-03-30", "2027-03-30T14:00", "Tue 30 Mar 16:00 (UTC+2)", "Tue 30 Mar 16:00 (UTC+2)")]
    public void Mentor_keeps_16_00_across_DST_while_the_mentee_in_Johannesburg_shifts(
        string date, string utc, string mentorSees, string menteeSees)
    {
        var session = SessionSchedule.Occurrences(Slot(SessionCadence.Weekly, "2027-03-16"), D(date), D(date)).Single();

        Assert.Equal(Utc(utc), session.StartUtc);
        Assert.Equal(Utc(utc).AddMinutes(60), session.EndUtc);
        Assert.Equal(mentorSees, SessionTimes.InZone(session.StartUtc, Amsterdam).Value!.Display);
        Assert.Equal(menteeSees, SessionTimes.InZone(session.StartUtc, Johannesburg).Value!.Display);
    }

    [Fact]
    public void Weekly_sessions_keep_local_time_through_the_change()
    {
        var sessions = SessionSchedule.Occurrences(Slot(SessionCadence.Weekly, "2027-03-16"), D("2027-03-01"), D("2027-04-06"));

        Assert.Equal([Utc("2027-03-16T15:00"), Utc("2027-03-23T15:00"), Utc("2027-03-30T14:00"), Utc("2027-04-06T14:00")],
            sessions.Select(s => s.StartUtc));
    }

    [Theory]
    [InlineData("2027-03-01", "2027-04-30", "2027-03-02,2027-03-16,2027-03-30,2027-04-13,2027-04-27")]
    [InlineData("2027-03-10", "2027-04-13", "2027-03-16,2027-03-30,2027-04-13")]
    [InlineData("2027-03-03", "2027-03-15", "")]
    public void Fortnightly_sessions_are_fourteen_days_apart_from_the_first(string from, string to, string expected)
    {
        var sessions = SessionSchedule.Occurrences(Slot(SessionCadence.Fortnightly, "2027-03-02"), D(from), D(to));

        Assert.Equal(expected, string.Join(",", LocalDates(sessions).Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("2027-03-02", "2027-03-02,2027-04-06,2027-05-04,2027-06-01")]
    [InlineData("2027-03-16", "2027-03-16,2027-04-20,2027-05-18,2027-06-15")]
    public void Monthly_sessions_fall_on_the_same_weekday_of_the_same_week(string startsOn, string expected)
    {
        var sessions = SessionSchedule.Occurrences(Slot(SessionCadence.Monthly, startsOn), D("2027-01-01"), D("2027-06-30"));

        Assert.Equal(expected, string.Join(",", LocalDates(sessions).Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        Assert.All(sessions, s => Assert.Equal(16, SessionTimes.InZone(s.StartUtc, Amsterdam).Value!.Local.Hour));
    }

    [Theory]
    [InlineData("2027-03-28", "02:30", "2027-03-28T01:30", "Sun 28 Mar 03:30 (UTC+2)")] // gap 02:00-03:00: moved forward by the hour
    [InlineData("2027-03-28", "03:00", "2027-03-28T01:00", "Sun 28 Mar 03:00 (UTC+2)")]
    [InlineData("2027-10-31", "02:30", "2027-10-31T00:30", "Sun 31 Oct 02:30 (UTC+2)")] // happens twice: the first one
    [InlineData("2027-10-31", "03:00", "2027-10-31T02:00", "Sun 31 Oct 03:00 (UTC+1)")]
    public void DST_gap_moves_forward_and_repeated_hour_takes_the_first(string date, string time, string utc, string shown)
    {
        var session = SessionSchedule.Occurrences(Slot(SessionCadence.Weekly, date, time), D(date), D(date)).Single();

        Assert.Equal(Utc(utc), session.StartUtc);
        Assert.Equal(shown, SessionTimes.InZone(session.StartUtc, Amsterdam).Value!.Display);
    }

    [Theory]
    [InlineData(23 * 60 + 59, true)]
    [InlineData(24 * 60, false)]
    [InlineData(24 * 60 + 1, false)]
    [InlineData(-30, true)]
    public void Cancelling_with_less_than_24_hours_notice_is_late(int minutesBefore, bool late)
    {
        var start = Utc("2027-03-30T14:00");

        Assert.Equal(late, SessionRules.IsLateCancellation(start, start.AddMinutes(-minutesBefore)));
    }

    [Fact]
    public void Notice_period_follows_the_plan()
    {
        var start = Utc("2027-03-30T14:00");

        Assert.False(SessionRules.IsLateCancellation(start, start.AddHours(-13), noticeHours: 12));
        Assert.True(SessionRules.IsLateCancellation(start, start.AddHours(-47), noticeHours: 48));
    }

    [Theory]
    [InlineData("17:00", "18:00", false)] // touching after
    [InlineData("15:00", "16:00", false)] // touching before
    [InlineData("16:59", "18:00", true)]
    [InlineData("15:00", "16:01", true)]
    [InlineData("16:15", "16:45", true)]
    [InlineData("15:00", "18:00", true)]
    public void Sessions_overlap_only_when_they_share_time(string start, string end, bool overlaps)
    {
        var existing = new[] { (Utc("2027-03-30T16:00"), Utc("2027-03-30T17:00")) };

        Assert.Equal(overlaps, SessionRules.Overlaps(Utc("2027-03-30T" + start), Utc("2027-03-30T" + end), existing));
    }

    [Theory]
    [InlineData("2027-03-30T16:00", "2027-03-30T17:00", "", null)]
    [InlineData("2027-03-01T08:00", "2027-03-01T09:00", "Start", ErrorKind.Validation)]
    [InlineData("2027-03-30T18:00", "2027-03-30T17:30", "End", ErrorKind.Validation)]
    [InlineData("2027-03-30T18:00", "2027-03-30T18:00", "End", ErrorKind.Validation)]
    [InlineData("2027-03-30T14:30", "2027-03-30T15:30", "Start", ErrorKind.Conflict)]
    public void New_session_is_in_the_future_ends_after_it_starts_and_does_not_overlap(string start, string end, string field, ErrorKind? kind)
    {
        var now = Utc("2027-03-02T09:00");
        var existing = new[] { (Utc("2027-03-30T14:00"), Utc("2027-03-30T15:00")) };

        var r = SessionRules.ValidateNewSession(Utc(start), Utc(end), now, existing);

        if (field.Length == 0) Assert.True(r.Succeeded);
        else Assert.Contains(r.Errors, e => e.Field == field && e.Kind == kind);
    }

    [Fact]
    public void Session_in_the_past_that_ends_before_it_starts_reports_both()
    {
        var r = SessionRules.ValidateNewSession(Utc("2027-03-01T10:00"), Utc("2027-03-01T09:00"), Utc("2027-03-02T09:00"), []);

        Assert.Equal(["Start", "End"], r.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Unknown_time_zone_is_a_field_error()
    {
        var slot = SessionSlot.Create(DayOfWeek.Tuesday, new TimeOnly(16, 0), "Mars/Olympus_Mons", 60, SessionCadence.Weekly, D("2027-03-02"));
        var shown = SessionTimes.InZone(Utc("2027-03-02T15:00"), "Mars/Olympus_Mons");

        Assert.Contains(slot.Errors, e => e.Field == "TimeZoneId");
        Assert.Contains(shown.Errors, e => e.Field == "TimeZoneId");
    }

    [Theory]
    [InlineData(14, "2027-03-02", SessionCadence.Weekly, "DurationMinutes")]
    [InlineData(241, "2027-03-02", SessionCadence.Weekly, "DurationMinutes")]
    [InlineData(60, "2027-03-03", SessionCadence.Weekly, "StartsOn")]
    [InlineData(60, "2027-03-30", SessionCadence.Monthly, "StartsOn")]
    public void Slot_guards_duration_and_first_date(int minutes, string startsOn, SessionCadence cadence, string field)
    {
        var r = SessionSlot.Create(DayOfWeek.Tuesday, new TimeOnly(16, 0), Amsterdam, minutes, cadence, D(startsOn));

        Assert.Equal(field, Assert.Single(r.Errors).Field);
    }

    [Theory]
    [InlineData(0, "UTC+0")]
    [InlineData(120, "UTC+2")]
    [InlineData(330, "UTC+5:30")]
    [InlineData(-210, "UTC-3:30")]
    public void Offsets_read_as_UTC_plus_or_minus(int minutes, string text) =>
        Assert.Equal(text, SessionTimes.OffsetText(TimeSpan.FromMinutes(minutes)));
}
