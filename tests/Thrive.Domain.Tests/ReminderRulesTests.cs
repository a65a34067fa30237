using Thrive.Domain.Commitments;
using Thrive.Domain.Reminders;

namespace Thrive.Domain.Tests;

public sealed class ReminderRulesTests
{
    private static DateTimeOffset Utc(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    // A session on Wednesday 4 March at 23:00 UTC is Thursday 01:00 in Johannesburg.
    [InlineData("UTC", 3, 9, 0, true)]                   // Tuesday 09:00: tomorrow
    [InlineData("UTC", 3, 7, 59, false)]                 // before eight
    [InlineData("Africa/Johannesburg", 3, 9, 0, false)]  // Thursday is the day after tomorrow there
    [InlineData("Africa/Johannesburg", 4, 5, 59, false)] // 07:59 local
    [InlineData("Africa/Johannesburg", 4, 6, 0, true)]   // 08:00 local
    [InlineData("Asia/Tokyo", 3, 23, 0, true)]           // already Wednesday 08:00 there; the session is Thursday 08:00
    [InlineData("Not/AZone", 3, 9, 0, true)]             // an unknown zone reads as UTC, so nobody is skipped
    public void Tomorrow_and_the_sending_hour_are_the_readers_own(string zone, int day, int hour, int minute, bool due) =>
        Assert.Equal(due, ReminderRules.IsTomorrow(Utc(4, 23), Utc(day, hour, minute), zone, 8));

    [Theory]
    [InlineData(2, 7, false)]  // Monday 07:00
    [InlineData(2, 8, true)]   // Monday 08:00
    [InlineData(4, 20, true)]  // Wednesday: still catching up
    [InlineData(5, 9, false)]  // Thursday: wait for next Monday
    [InlineData(8, 9, false)]  // Sunday
    public void The_digest_is_due_from_monday_morning_until_wednesday(int day, int hour, bool due) =>
        Assert.Equal(due, ReminderRules.IsDigestDue(Utc(day, hour), "UTC", 8));

    [Theory]
    [InlineData(2026, 1, 1, "2026-W01")]
    [InlineData(2027, 1, 1, "2026-W53")]
    [InlineData(2026, 12, 28, "2026-W53")]
    [InlineData(2025, 12, 29, "2026-W01")]
    public void Weeks_are_iso_weeks(int y, int m, int d, string week) => Assert.Equal(week, ReminderRules.IsoWeek(new DateOnly(y, m, d)));

    [Fact]
    public void Quiet_days_count_from_the_last_held_session_or_else_from_the_start()
    {
        Assert.Equal(14, ReminderRules.QuietFor(null, Utc(1, 12), Utc(15, 12)));
        Assert.Equal(13, ReminderRules.QuietFor(null, Utc(1, 12), Utc(15, 11)));
        Assert.Equal(3, ReminderRules.QuietFor(Utc(12, 12), Utc(1, 12), Utc(15, 12)));
        Assert.Equal(0, ReminderRules.QuietFor(null, Utc(15, 12), Utc(14, 12)));
    }

    [Theory]
    [InlineData("xxx..", null)]        // once missed (yesterday), today in progress: fine
    [InlineData("xx...", "2026-02-04")] // two missed: the run started on day 3
    [InlineData("xx....", "2026-02-04")] // a longer run keeps its start: one reminder per break
    [InlineData("xx..x...", "2026-02-07")] // a new break after a check-in
    [InlineData("x", null)]
    public void A_break_of_never_miss_twice_is_named_by_the_start_of_its_run(string days, string? since)
    {
        var start = new DateOnly(2026, 2, 2);
        var values = days.Select((c, i) => (c, i)).Where(x => x.c == 'x').Select(x => new DayValue(start.AddDays(x.i), 1)).ToList();
        var today = start.AddDays(days.Length - 1);
        var periods = HabitStats.Periods(new HabitSchedule(1, HabitPeriod.Day, CommitmentKind.YesNo, 1, start), values, today);
        Assert.Equal(since is null ? null : DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture), ReminderRules.MissedTwiceSince(periods));
    }

    [Fact]
    public void Keys_name_the_kind_the_thing_and_the_reader()
    {
        var s = Guid.Parse("11111111-1111-1111-1111-111111111111");
        var u = Guid.Parse("22222222-2222-2222-2222-222222222222");
        Assert.Equal("session-tomorrow:11111111111111111111111111111111:22222222222222222222222222222222", ReminderKeys.SessionTomorrow(s, u));
        Assert.Equal("digest:22222222222222222222222222222222:2026-W10", ReminderKeys.Digest(u, "2026-W10"));
        Assert.NotEqual(ReminderKeys.PairQuiet(s, new DateOnly(2026, 3, 1), u), ReminderKeys.PairStalled(s, new DateOnly(2026, 3, 1), u));
        Assert.True(ReminderKeys.CommitmentMissed(s, new DateOnly(2026, 3, 1), u).Length <= 200);
    }
}
