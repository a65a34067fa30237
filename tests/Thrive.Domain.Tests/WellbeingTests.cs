using Thrive.Domain.Common;
using Thrive.Domain.Wellbeing;

namespace Thrive.Domain.Tests;

public sealed class WellbeingTests
{
    private static readonly DateOnly Today = new(2026, 3, 4); // a Wednesday
    private static readonly DateOnly ThisWeek = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Three weekly check-ins ending this week: (stress, sleep, rest, cards in progress) for each.</summary>
    private static List<CheckInPoint> Weeks(params (int Stress, int Sleep, int OffCode, int Wip)[] weeks) =>
        weeks.Select((w, i) => new CheckInPoint(ThisWeek.AddDays(-7 * (weeks.Length - 1 - i)), w.Stress, 3, w.Sleep, w.OffCode, w.Wip)).ToList();

    [Fact]
    public void Stress_rising_for_three_check_ins_while_sleep_falls_and_work_in_progress_grows_is_a_heavy_stretch_explained_in_numbers()
    {
        var s = WellbeingSignal.Heavy(Weeks((2, 4, 3, 1), (3, 3, 3, 2), (4, 2, 3, 4)), Today);
        Assert.NotNull(s);
        Assert.True(s.SleepFell);
        Assert.False(s.RestFell);
        Assert.Equal(3, s.CheckIns.Count);
        Assert.Contains("stress went 2 → 3 → 4", s.Explanation, StringComparison.Ordinal);
        Assert.Contains("sleep went 4 → 3 → 2", s.Explanation, StringComparison.Ordinal);
        Assert.Contains("cards in progress on your board went 1 → 2 → 4", s.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("time off code", s.Explanation, StringComparison.Ordinal);
        Assert.Contains("not a diagnosis", s.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_off_code_falling_counts_like_sleep()
    {
        var s = WellbeingSignal.Heavy(Weeks((1, 4, 4, 0), (2, 4, 3, 1), (3, 4, 1, 1)), Today);
        Assert.NotNull(s);
        Assert.True(s.RestFell);
        Assert.False(s.SleepFell);
        Assert.Contains("time off code went 4 → 3 → 1", s.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 3, 3, "stress flat once")]      // stress 2 → 3 → 3
    [InlineData(2, 3, 2, "stress fell at the end")]
    public void No_signal_when_stress_does_not_rise_each_time(int a, int b, int c, string why)
    {
        Assert.Null(WellbeingSignal.Heavy(Weeks((a, 4, 4, 1), (b, 3, 3, 2), (c, 2, 2, 3)), Today));
        Assert.NotEmpty(why);
    }

    [Fact]
    public void No_signal_when_sleep_and_rest_hold_or_recover()
    {
        Assert.Null(WellbeingSignal.Heavy(Weeks((2, 3, 3, 1), (3, 3, 3, 2), (4, 3, 3, 3)), Today));
        Assert.Null(WellbeingSignal.Heavy(Weeks((2, 4, 4, 1), (3, 2, 2, 2), (4, 3, 3, 3)), Today)); // fell, then came back up
    }

    [Fact]
    public void No_signal_when_work_in_progress_does_not_grow()
    {
        Assert.Null(WellbeingSignal.Heavy(Weeks((2, 4, 3, 3), (3, 3, 3, 3), (4, 2, 3, 3)), Today));
        Assert.Null(WellbeingSignal.Heavy(Weeks((2, 4, 3, 2), (3, 3, 3, 4), (4, 2, 3, 3)), Today));
    }

    [Fact]
    public void No_signal_with_fewer_than_three_check_ins_or_when_the_newest_is_older_than_last_week()
    {
        Assert.Null(WellbeingSignal.Heavy(Weeks((3, 3, 3, 2), (4, 2, 3, 4)), Today));
        var old = Weeks((2, 4, 3, 1), (3, 3, 3, 2), (4, 2, 3, 4)).Select(p => p with { WeekStart = p.WeekStart.AddDays(-14) });
        Assert.Null(WellbeingSignal.Heavy(old, Today));
        var lastWeek = Weeks((2, 4, 3, 1), (3, 3, 3, 2), (4, 2, 3, 4)).Select(p => p with { WeekStart = p.WeekStart.AddDays(-7) });
        Assert.NotNull(WellbeingSignal.Heavy(lastWeek, Today));
    }

    [Fact]
    public void Only_the_last_three_check_ins_count()
    {
        // A calm week before the stretch does not stop it; a calmer week after it ends it.
        var points = Weeks((5, 1, 1, 9), (2, 4, 3, 1), (3, 3, 3, 2), (4, 2, 3, 4));
        Assert.NotNull(WellbeingSignal.Heavy(points, Today));
        Assert.Null(WellbeingSignal.Heavy(Weeks((2, 4, 3, 1), (3, 3, 3, 2), (4, 2, 3, 4), (2, 4, 4, 2)), Today));
    }

    [Theory]
    [InlineData(0, 3, 3, 3, 3, "Stress")]
    [InlineData(3, 6, 3, 3, 3, "Energy")]
    [InlineData(3, 3, -1, 3, 3, "Sleep")]
    [InlineData(3, 3, 3, 9, 3, "Rest")]
    [InlineData(3, 3, 3, 3, 0, "Workload")]
    public void Each_scale_runs_from_one_to_five(int stress, int energy, int sleep, int rest, int workload, string field)
    {
        var r = WellbeingCheckIn.Record(Guid.NewGuid(), Guid.NewGuid(), new CheckInAnswers(stress, energy, sleep, rest, workload, null, Today), 0, Today, Now);
        Assert.False(r.Succeeded);
        var e = Assert.Single(r.Errors);
        Assert.Equal(field, e.Field);
        Assert.Contains("between 1 and 5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_in_cannot_be_dated_in_the_future_nor_carry_an_endless_note()
    {
        var r = WellbeingCheckIn.Record(Guid.NewGuid(), Guid.NewGuid(), new CheckInAnswers(3, 3, 3, 3, 3, new string('x', 100_000), Today.AddDays(1)), 0, Today, Now);
        Assert.Equal(["Note", "On"], r.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Contains("at most 4000 characters (it has 100000)", r.Errors.Single(e => e.Field == "Note").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_in_belongs_to_its_monday_week_and_keeps_the_cards_in_progress_of_when_it_was_made()
    {
        var c = WellbeingCheckIn.Record(Guid.NewGuid(), Guid.NewGuid(), new CheckInAnswers(2, 4, 4, 3, 2, " Fine week ", Today), 3, Today, Now).Value!;
        Assert.Equal(ThisWeek, c.WeekStart);
        Assert.Equal(3, c.WorkInProgress);
        Assert.Equal("Fine week", c.Note);
        Assert.False(c.Shared);
        Assert.True(c.Update(new CheckInAnswers(4, 2, 2, 1, 5, null, Today.AddDays(-2)), 5, Today, Now).Succeeded);
        Assert.Equal((4, 5, ThisWeek), (c.Stress, c.WorkInProgress, c.WeekStart));
        var moved = c.Update(new CheckInAnswers(4, 2, 2, 1, 5, null, Today.AddDays(-7)), 5, Today, Now);
        Assert.Equal("On", Assert.Single(moved.Errors).Field);
    }

    [Fact]
    public void A_strategy_counts_how_often_it_helped_and_a_stressor_holds_up_to_twenty()
    {
        var s = CopingStrategy.Plan(Guid.NewGuid(), "Ten-minute walk before standup", 0, Now).Value!;
        s.Tried(CopingOutcome.Helped, Today);
        s.Tried(CopingOutcome.DidNotHelp, Today);
        s.Tried(CopingOutcome.HelpedALittle, Today);
        Assert.Equal((3, 1, 1, CopingOutcome.HelpedALittle), (s.Tries, s.Helped, s.HelpedALittle, s.LastOutcome));
        Assert.False(s.Tried((CopingOutcome)9, Today).Succeeded);
        Assert.False(CopingStrategy.Plan(Guid.NewGuid(), "One more", Stressor.StrategiesMax, Now).Succeeded);
        Assert.False(CopingStrategy.Plan(Guid.NewGuid(), " ", 0, Now).Succeeded);
    }

    [Fact]
    public void Asking_for_support_records_when_and_withdrawing_it_clears_it()
    {
        var j = WellbeingJournal.Start(Guid.NewGuid(), Guid.NewGuid(), Now);
        j.Set(false, true, Now);
        Assert.Equal(Now, j.SupportAskedAt);
        j.Set(true, true, Now.AddDays(1));
        Assert.Equal(Now, j.SupportAskedAt);
        j.Set(true, false, Now.AddDays(2));
        Assert.Null(j.SupportAskedAt);
        Assert.True(j.ShareSummary);
    }

    [Fact]
    public void A_win_is_not_dated_in_the_future()
    {
        Assert.True(Win.Note(Guid.NewGuid(), Guid.NewGuid(), new WinDetails("Shipped the login page", "I'm not a real developer", Today), Today, Now).Succeeded);
        Assert.Equal("On", Assert.Single(Win.Note(Guid.NewGuid(), Guid.NewGuid(), new WinDetails("x", null, Today.AddDays(1)), Today, Now).Errors).Field);
    }
}
