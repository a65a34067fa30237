using Thrive.Domain.Commitments;

namespace Thrive.Domain.Tests;

public sealed class HabitStrengthTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    private static double Perfect(HabitPeriod period, int days, int every)
    {
        var schedule = new HabitSchedule(1, period, CommitmentKind.YesNo, 1, Start);
        var values = Enumerable.Range(0, days).Where(i => i % every == 0).Select(i => new DayValue(Start.AddDays(i), 1));
        return HabitStats.Strength(schedule, values, Start.AddDays(days - 1));
    }

    [Theory]
    [InlineData(30, 0.78, 0.82)]
    [InlineData(60, 0.95, 0.97)]
    public void A_daily_habit_kept_perfectly_grows_to_known_strength(int days, double min, double max)
    {
        var expected = 1 - Math.Pow(0.5, days / 13.0);  // m = 0.5^(1/13), v = 1 each day
        var score = Perfect(HabitPeriod.Day, days, 1);
        Assert.InRange(score, expected - 0.02, expected + 0.02);
        Assert.InRange(score, min, max);
        Assert.Equal(days == 30 ? 0.798 : 0.959, score, 3);
    }

    [Fact]
    public void A_weekly_habit_kept_perfectly_for_eight_weeks_is_about_two_thirds_strong()
    {
        var score = Perfect(HabitPeriod.Week, 56, 7);
        Assert.InRange(score, 0.62, 0.72);
        Assert.Equal(0.6765, score, 4);
    }

    [Fact]
    public void Without_check_ins_the_score_stays_zero_and_a_missed_day_lowers_it_gently()
    {
        var schedule = new HabitSchedule(1, HabitPeriod.Day, CommitmentKind.YesNo, 1, Start);
        Assert.Equal(0, HabitStats.Strength(schedule, [], Start.AddDays(30)));
        var kept = Perfect(HabitPeriod.Day, 30, 1);
        var values = Enumerable.Range(0, 29).Select(i => new DayValue(Start.AddDays(i), 1));
        var missedToday = HabitStats.Strength(schedule, values, Start.AddDays(29));
        Assert.InRange(missedToday, kept - 0.06, kept - 0.03);
    }

    [Fact]
    public void A_monthly_habit_looks_at_the_last_30_days()
    {
        var schedule = new HabitSchedule(2, HabitPeriod.Month, CommitmentKind.YesNo, 1, Start);
        var half = HabitStats.Strength(schedule, [new DayValue(Start, 1)], Start.AddDays(29));
        var full = HabitStats.Strength(schedule, [new DayValue(Start, 1), new DayValue(Start.AddDays(1), 1)], Start.AddDays(29));
        Assert.True(half < full);
        Assert.InRange(full / half, 1.9, 2.1);
    }

    [Fact]
    public void Heatmap_gives_every_day_with_its_value_and_whether_it_met_a_times_target()
    {
        var schedule = new HabitSchedule(3, HabitPeriod.Week, CommitmentKind.Number, 30, Start);
        DayValue[] values = [new(Start, 30), new(Start.AddDays(1), 15), new(Start.AddDays(3), 45)];
        var map = HabitStats.Heatmap(schedule, values, Start, Start.AddDays(4));
        Assert.Equal([30m, 15m, 0m, 45m, 0m], map.Select(d => d.Value));
        Assert.Equal([true, false, false, true, false], map.Select(d => d.Met));
        Assert.Equal(Start.AddDays(4), map[^1].Date);
        Assert.Empty(HabitStats.Heatmap(schedule, values, Start, Start.AddDays(-1)));
    }
}
