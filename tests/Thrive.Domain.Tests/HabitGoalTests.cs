using Thrive.Domain.Commitments;

namespace Thrive.Domain.Tests;

/// <summary>Habits that feed goals: counting check-ins, a check-in's value, and numbers that aim down as well as up.</summary>
public sealed class HabitGoalTests
{
    private static readonly DateOnly Today = HabitTests.Today; // a Tuesday
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Goal = Guid.NewGuid();

    private static CommitmentDetails Stress => new(
        CommitmentForm.HabitStacking, "rate my stress from 0 to 10", null, null, "the Friday retro", 1, HabitPeriod.Week,
        CommitmentKind.Number, 4m, "out of 10", Goal, HabitDirection.AtMost, GoalFeed.CheckInValue);

    private static Commitment Create(CommitmentDetails d, DateOnly start) =>
        Commitment.Create(Guid.NewGuid(), Guid.NewGuid(), d, start, Today, Now) is { Succeeded: true } r ? r.Value!
            : throw new InvalidOperationException("The example commitment is invalid.");

    private static DayEntry At(int daysAgo, decimal value, string note = "") => new(Today.AddDays(-daysAgo), value, note);

    [Fact]
    public void Counting_adds_one_to_the_baseline_for_each_met_check_in_in_date_order()
    {
        var s = new HabitSchedule(1, HabitPeriod.Week, CommitmentKind.YesNo, 1m, Today.AddDays(-60));
        var points = HabitStats.GoalPoints(GoalFeed.CountCheckIns, s, 4m, [At(1, 1, "two mediums"), At(15, 1), At(8, 1)]);
        Assert.Equal([5m, 6m, 7m], points.Select(p => p.Value));
        Assert.Equal([Today.AddDays(-15), Today.AddDays(-8), Today.AddDays(-1)], points.Select(p => p.Date));
        Assert.Equal("two mediums", points[^1].Note);
    }

    [Fact]
    public void Counting_skips_numbers_that_fall_short_of_the_target_or_pass_the_limit()
    {
        var up = new HabitSchedule(1, HabitPeriod.Day, CommitmentKind.Number, 30m, Today.AddDays(-10));
        Assert.Equal([1m, 2m], HabitStats.GoalPoints(GoalFeed.CountCheckIns, up, null, [At(3, 30), At(2, 15), At(1, 45)]).Select(p => p.Value));
        var down = up with { Direction = HabitDirection.AtMost, Target = 4m };
        Assert.Equal([1m, 2m], HabitStats.GoalPoints(GoalFeed.CountCheckIns, down, null, [At(3, 7), At(2, 4), At(1, 0)]).Select(p => p.Value));
    }

    [Fact]
    public void A_value_check_in_sets_the_goal_value_and_check_ins_before_the_start_are_left_out()
    {
        var s = new HabitSchedule(1, HabitPeriod.Week, CommitmentKind.Number, 4m, Today.AddDays(-20), HabitDirection.AtMost);
        var points = HabitStats.GoalPoints(GoalFeed.CheckInValue, s, 8m, [At(30, 9), At(14, 7, "release week"), At(7, 5), At(0, 3)]);
        Assert.Equal([7m, 5m, 3m], points.Select(p => p.Value));
        Assert.Empty(HabitStats.GoalPoints(GoalFeed.None, s, 8m, [At(0, 3)]));
    }

    [Theory]
    [InlineData(HabitDirection.AtLeast, 3, false)]
    [InlineData(HabitDirection.AtLeast, 4, true)]
    [InlineData(HabitDirection.AtLeast, 0, false)]
    [InlineData(HabitDirection.AtMost, 7, false)]
    [InlineData(HabitDirection.AtMost, 4, true)]
    [InlineData(HabitDirection.AtMost, 0, true)]
    public void A_number_meets_its_commitment_by_direction(HabitDirection direction, int value, bool met) =>
        Assert.Equal(met, new HabitSchedule(1, HabitPeriod.Week, CommitmentKind.Number, 4m, Today, direction).Meets(value));

    [Fact]
    public void Streak_and_strength_count_weeks_within_the_limit_not_weeks_over_it()
    {
        var start = Today.AddDays(-8 * 7);
        var s = new HabitSchedule(1, HabitPeriod.Week, CommitmentKind.Number, 4m, start, HabitDirection.AtMost);
        var calm = Enumerable.Range(1, 8).Select(w => new DayValue(Today.AddDays(-7 * w + 1), 3m)).ToList();
        var heavy = calm.Select(v => v with { Value = 7m }).ToList();
        var kept = HabitStats.Summarise(s, calm, Today);
        var over = HabitStats.Summarise(s, heavy, Today);
        Assert.True(kept.CurrentStreak >= 7, $"streak {kept.CurrentStreak}");
        Assert.Equal(0, over.CurrentStreak);
        Assert.True(over.MissedTwiceInARow);
        Assert.True(kept.Strength > 0.3 && over.Strength == 0, $"{kept.Strength} vs {over.Strength}");
        // The same values aiming up: 7 beats a target of 4.
        Assert.True(HabitStats.Summarise(s with { Direction = HabitDirection.AtLeast }, heavy, Today).CurrentStreak >= 7);
    }

    [Fact]
    public void The_heatmap_tells_a_day_within_the_limit_from_a_day_without_a_check_in()
    {
        var s = new HabitSchedule(1, HabitPeriod.Day, CommitmentKind.Number, 4m, Today.AddDays(-5), HabitDirection.AtMost);
        var days = HabitStats.Heatmap(s, [new DayValue(Today.AddDays(-2), 0m), new DayValue(Today.AddDays(-1), 9m)], Today.AddDays(-3), Today);
        Assert.Equal([false, true, true, false], days.Select(d => d.CheckedIn));
        Assert.Equal([false, true, false, false], days.Select(d => d.Met));
        Assert.Equal("9, over the limit", HabitWords.DayState(s, days[2]));
        Assert.Equal("no check-in", HabitWords.DayState(s, days[0]));
    }

    [Fact]
    public void Words_after_a_check_in_fit_the_direction()
    {
        var stress = Create(Stress, Today.AddDays(-7));
        Assert.StartsWith("Above your limit of 4 out of 10 this time; what made this week heavy?", HabitWords.AfterCheckIn(stress, 7m), StringComparison.Ordinal);
        Assert.DoesNotContain("chain", HabitWords.AfterCheckIn(stress, 7m), StringComparison.Ordinal);
        Assert.Contains("within your limit", HabitWords.AfterCheckIn(stress, 3m), StringComparison.Ordinal);
        Assert.Equal("once a week, at most 4 out of 10 each time", stress.Rhythm());
        var reading = Create(HabitTests.Reading, Today.AddDays(-7));
        Assert.Contains("15 minutes of 30 minutes", HabitWords.AfterCheckIn(reading, 15m), StringComparison.Ordinal);
        Assert.Contains("Keep the chain going", HabitWords.AfterCheckIn(reading, 30m), StringComparison.Ordinal);
    }

    [Fact]
    public void Under_a_limit_zero_is_a_check_in_and_a_negative_number_never_is()
    {
        var stress = Create(Stress, Today.AddDays(-7));
        Assert.True(CheckIn.Record(stress, Today, 0m, null, Today, Now).Succeeded);
        Assert.Equal("Value", CheckIn.Record(stress, Today, -1m, null, Today, Now).Errors.Single().Field);
        Assert.Equal("Value", CheckIn.Record(stress, Today, 2_000_000m, null, Today, Now).Errors.Single().Field);
        var reading = Create(HabitTests.Reading, Today.AddDays(-7));
        Assert.Equal("Value", CheckIn.Record(reading, Today, 0m, null, Today, Now).Errors.Single().Field);
        Assert.Equal("Note", CheckIn.Record(reading, Today, 10m, new string('x', 501), Today, Now).Errors.Single().Field);
    }

    [Theory]
    [InlineData("feed-without-goal", "GoalId")]
    [InlineData("value-of-yes-no", "Feed")]
    public void A_feed_needs_a_goal_and_a_value_needs_a_number(string kind, string field)
    {
        var d = kind == "feed-without-goal" ? Stress with { GoalId = null } : HabitTests.LeetCode with { GoalId = Goal, Feed = GoalFeed.CheckInValue };
        Assert.Contains(field, d.Validate().Select(e => e.Field));
    }

    [Fact]
    public void A_yes_no_commitment_aims_up_whatever_was_asked()
    {
        var c = Create(HabitTests.LeetCode with { Direction = HabitDirection.AtMost }, Today);
        Assert.Equal(HabitDirection.AtLeast, c.Direction);
        Assert.Equal(GoalFeed.CountCheckIns, Create(HabitTests.LeetCode with { Feed = GoalFeed.CountCheckIns, GoalId = Goal }, Today).Feed);
    }

    [Fact]
    public void Heatmap_weeks_start_on_monday_and_name_each_month_where_it_begins()
    {
        var s = new HabitSchedule(1, HabitPeriod.Day, CommitmentKind.YesNo, 1m, new DateOnly(2026, 1, 1));
        var days = HabitStats.Heatmap(s, [], new DateOnly(2026, 2, 18), Today); // a Wednesday in February to Tuesday 3 March
        var weeks = HabitStats.Weeks(days);
        Assert.Equal(new DateOnly(2026, 2, 16), weeks[0].Monday);
        Assert.Null(weeks[0].Days[0]);
        Assert.Equal(["Feb", "Mar", null], weeks.Select(w => w.MonthLabel)); // Sunday 1 March ends the second week
        Assert.Null(weeks[^1].Days[2]);
    }
}
