using Thrive.Domain.Commitments;

namespace Thrive.Domain.Tests;

public sealed class HabitStatsTests
{
    private static readonly DateOnly Monday = new(2026, 2, 2);

    private static HabitSchedule Schedule(HabitPeriod period, int times, DateOnly? start = null, CommitmentKind kind = CommitmentKind.YesNo, decimal target = 1m) =>
        new(times, period, kind, target, start ?? Monday);

    /// <summary>One character per day from <paramref name="start"/>: 'x' a yes, a digit a number, '.' nothing; '|' is for the eye.</summary>
    private static (List<DayValue> Values, DateOnly Today) History(DateOnly start, string days)
    {
        var values = new List<DayValue>();
        var d = start;
        foreach (var ch in days.Replace("|", "", StringComparison.Ordinal))
        {
            if (ch == 'x') values.Add(new DayValue(d, 1));
            else if (char.IsDigit(ch)) values.Add(new DayValue(d, ch - '0'));
            d = d.AddDays(1);
        }
        return (values, d.AddDays(-1));
    }

    [Theory]
    [InlineData("xxxxx", 5, 5, false, false)]
    [InlineData("xxxx.", 4, 4, false, false)]   // today not done yet: the streak holds
    [InlineData("xxx.xx", 2, 3, false, false)]
    [InlineData("xxx..", 0, 3, true, false)]    // missed yesterday once
    [InlineData("xx...", 0, 2, true, true)]     // missed twice in a row
    [InlineData("xx..x", 1, 2, true, true)]     // doing it today starts a new streak; the last two days are still missed
    [InlineData("xx.x.", 1, 2, false, false)]
    [InlineData(".", 0, 0, false, false)]
    public void Daily_streaks_and_misses(string days, int current, int best, bool missedLast, bool missedTwice)
    {
        var (values, today) = History(Monday, days);
        var s = HabitStats.Summarise(Schedule(HabitPeriod.Day, 1), values, today);
        Assert.Equal((current, best, missedLast, missedTwice), (s.CurrentStreak, s.BestStreak, s.MissedLast, s.MissedTwiceInARow));
    }

    [Theory] // weeks start on Monday 2 February 2026
    [InlineData(1, "x......|...x...|..x....|x", 4, 4, false, false)]
    [InlineData(1, "x......|...x...|.......|x", 1, 2, true, false)]
    [InlineData(1, "x......|.......|.......|...", 0, 1, true, true)]
    [InlineData(1, "x......|.......|.......|..x", 1, 1, true, true)]
    [InlineData(2, "x.x....|x......|x..x...|x", 1, 1, false, false)]  // week 2 had one of two; this week is under way
    [InlineData(2, "x.x....|x.....x|x..x...|x.x", 4, 4, false, false)]
    public void Weekly_streaks_count_weeks(int times, string days, int current, int best, bool missedLast, bool missedTwice)
    {
        var (values, today) = History(Monday, days);
        var s = HabitStats.Summarise(Schedule(HabitPeriod.Week, times), values, today);
        Assert.Equal((current, best, missedLast, missedTwice), (s.CurrentStreak, s.BestStreak, s.MissedLast, s.MissedTwiceInARow));
    }

    [Theory]
    [InlineData("2026-01-05 2026-02-10 2026-03-20", "2026-04-02", 3, 3, false, false)]
    [InlineData("2026-01-05 2026-02-10 2026-03-20 2026-04-01", "2026-04-02", 4, 4, false, false)]
    [InlineData("2026-01-05 2026-03-20", "2026-04-02", 1, 1, false, false)]
    [InlineData("2026-01-05", "2026-04-02", 0, 1, true, true)]
    [InlineData("2026-01-05 2026-01-06", "2026-03-02", 0, 1, true, false)]
    public void Monthly_streaks_count_calendar_months(string dates, string today, int current, int best, bool missedLast, bool missedTwice)
    {
        var values = dates.Split(' ').Select(d => new DayValue(DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), 1)).ToList();
        var s = HabitStats.Summarise(Schedule(HabitPeriod.Month, 1, new DateOnly(2026, 1, 1)), values,
            DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((current, best, missedLast, missedTwice), (s.CurrentStreak, s.BestStreak, s.MissedLast, s.MissedTwiceInARow));
    }

    [Fact]
    public void The_current_period_counts_only_once_it_is_met()
    {
        var schedule = Schedule(HabitPeriod.Week, 2);
        var (values, today) = History(Monday, "xx.....|x.x....|x.");  // Tuesday of week 3
        var before = HabitStats.Summarise(schedule, values, today);
        Assert.Equal((2, PeriodStatus.InProgress, 1m), (before.CurrentStreak, before.CurrentPeriod!.Status, before.CurrentPeriod.Done));
        values.Add(new DayValue(today, 1));
        var after = HabitStats.Summarise(schedule, values, today);
        Assert.Equal((3, PeriodStatus.Met), (after.CurrentStreak, after.CurrentPeriod!.Status));
    }

    [Fact]
    public void A_short_first_week_that_is_not_met_is_not_a_miss()
    {
        var thursday = Monday.AddDays(3);
        var (values, today) = History(thursday, "x...|.x.x...|x");  // Thu–Sun, a full week, then Monday
        var periods = HabitStats.Periods(Schedule(HabitPeriod.Week, 3, thursday), values, today);
        Assert.Equal([PeriodStatus.Partial, PeriodStatus.Missed, PeriodStatus.InProgress], periods.Select(p => p.Status));
        Assert.Equal(thursday.AddDays(-3), periods[0].Start);
        Assert.False(HabitStats.MissedTwiceInARow(periods));
        Assert.True(HabitStats.MissedLast(periods));
    }

    [Theory] // 30 minutes counts as one time, three times a week
    [InlineData(new[] { 30, 30, 30 }, 3, true)]
    [InlineData(new[] { 90 }, 1, false)]           // capped per day: one long session is one time
    [InlineData(new[] { 15, 15, 30, 30 }, 3, true)] // part of a target counts for that part
    [InlineData(new[] { 29, 30, 30 }, 2.9667, false)]
    public void Number_commitments_count_value_over_target_capped_per_day(int[] minutes, double done, bool met)
    {
        var schedule = Schedule(HabitPeriod.Week, 3, kind: CommitmentKind.Number, target: 30);
        var values = minutes.Select((m, i) => new DayValue(Monday.AddDays(i), m));
        var week = HabitStats.Periods(schedule, values, Monday.AddDays(7))[0];
        Assert.Equal(done, (double)week.Done, 4);
        Assert.Equal(met, week.Status == PeriodStatus.Met);
    }

    [Fact]
    public void Check_ins_before_the_start_or_today_beyond_are_ignored()
    {
        var values = new[] { new DayValue(Monday.AddDays(-1), 1), new DayValue(Monday, 1) };
        var s = HabitStats.Summarise(Schedule(HabitPeriod.Day, 1), values, Monday);
        Assert.Equal(1, s.BestStreak);
        Assert.Equal(0, HabitStats.Summarise(Schedule(HabitPeriod.Day, 1), values, Monday.AddDays(-2)).BestStreak);
    }

    [Fact]
    public void The_seed_examples_track_weekly()
    {
        var leetCode = Commitment.Create(Guid.NewGuid(), Guid.NewGuid(), HabitTests.LeetCode, Monday, Monday, DateTimeOffset.UnixEpoch).Value!;
        var anotherRole = Commitment.Create(Guid.NewGuid(), Guid.NewGuid(), HabitTests.AnotherRole, Monday, Monday, DateTimeOffset.UnixEpoch).Value!;
        var (values, today) = History(Monday, ".....x.|.....x.|.......|.......|.");
        var l = HabitStats.Summarise(leetCode.Schedule, values, today);
        Assert.Equal((0, 2, true, true), (l.CurrentStreak, l.BestStreak, l.MissedLast, l.MissedTwiceInARow));
        var (met, t2) = History(Monday, "x......|x......|x......|x......|x");
        var a = HabitStats.Summarise(anotherRole.Schedule, met, t2);
        Assert.Equal((5, false), (a.CurrentStreak, a.MissedTwiceInARow));
    }
}
