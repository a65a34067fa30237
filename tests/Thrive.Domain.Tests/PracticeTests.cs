using Thrive.Domain.Common;
using Thrive.Domain.Commitments;
using Thrive.Domain.Practice;

namespace Thrive.Domain.Tests;

public sealed class PracticeTests
{
    private static readonly DateOnly Today = new(2026, 3, 4); // a Wednesday
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    private static PracticeDetails TwoSum(SolvedHow how = SolvedHow.Alone, DateOnly? on = null, bool revisit = false) => new(
        "Two Sum", PracticeSource.LeetCode, "https://leetcode.com/problems/two-sum/", Difficulty.Easy, PracticeTopic.Arrays | PracticeTopic.HashMaps,
        18, how, "Store each number's index in a map.", on ?? Today, revisit);

    private static PracticeProblem Log(PracticeDetails d) => PracticeProblem.Log(Guid.NewGuid(), Guid.NewGuid(), d, Today, Now).Value!;

    [Fact]
    public void A_problem_solved_alone_needs_no_second_attempt_unless_asked()
    {
        Assert.Null(Log(TwoSum()).DueOn);
        Assert.Equal(Today.AddDays(1), Log(TwoSum(revisit: true)).DueOn);
    }

    [Theory]
    [InlineData(SolvedHow.WithHint)]
    [InlineData(SolvedHow.LookedAtSolution)]
    public void A_problem_solved_with_help_is_due_the_next_day(SolvedHow how)
    {
        var p = Log(TwoSum(how, Today.AddDays(-3)));
        Assert.Equal(Today.AddDays(-2), p.DueOn);
        Assert.True(p.IsDue(Today));
        Assert.False(p.IsDue(Today.AddDays(-3)));
    }

    [Fact]
    public void Second_attempts_alone_come_after_1_then_7_then_30_days_and_then_it_sticks()
    {
        var p = Log(TwoSum(SolvedHow.WithHint, Today));
        var day = Today.AddDays(1);
        Assert.True(p.RecordSecondAttempt(SolvedHow.Alone, day, Now).Succeeded);
        Assert.Equal(day.AddDays(7), p.DueOn);
        day = day.AddDays(7);
        Assert.True(p.RecordSecondAttempt(SolvedHow.Alone, day, Now).Succeeded);
        Assert.Equal(day.AddDays(30), p.DueOn);
        day = day.AddDays(31); // a day late still counts
        Assert.True(p.RecordSecondAttempt(SolvedHow.Alone, day, Now).Succeeded);
        Assert.Null(p.DueOn);
        Assert.True(p.Sticks);
        Assert.Equal(3, p.Attempts);
        Assert.Equal(day, p.LastAttemptOn);
    }

    [Theory]
    [InlineData(SolvedHow.WithHint)]
    [InlineData(SolvedHow.LookedAtSolution)]
    public void Needing_help_again_starts_the_schedule_over(SolvedHow how)
    {
        var p = Log(TwoSum(SolvedHow.WithHint, Today));
        p.RecordSecondAttempt(SolvedHow.Alone, Today.AddDays(1), Now);
        var day = Today.AddDays(8);
        Assert.True(p.RecordSecondAttempt(how, day, Now).Succeeded);
        Assert.Equal(0, p.Step);
        Assert.Equal(day.AddDays(1), p.DueOn);
        Assert.Equal(how, p.LastAttemptHow);
    }

    [Fact]
    public void A_second_attempt_before_its_day_or_without_a_schedule_is_refused()
    {
        var early = Log(TwoSum(SolvedHow.WithHint, Today)).RecordSecondAttempt(SolvedHow.Alone, Today, Now);
        Assert.Equal("not_due", early.Errors.Single().Code);
        Assert.Equal(ErrorKind.Conflict, Log(TwoSum()).RecordSecondAttempt(SolvedHow.Alone, Today.AddDays(5), Now).FailedWith);
        Assert.Equal(ErrorKind.Validation, Log(TwoSum(SolvedHow.WithHint, Today.AddDays(-2))).RecordSecondAttempt((SolvedHow)9, Today, Now).FailedWith);
    }

    [Fact]
    public void Editing_before_any_second_attempt_moves_the_schedule_with_the_day_and_how()
    {
        var p = Log(TwoSum(SolvedHow.WithHint, Today));
        Assert.True(p.Edit(TwoSum(SolvedHow.WithHint, Today.AddDays(-5)), Today, Now).Succeeded);
        Assert.Equal(Today.AddDays(-4), p.DueOn);
        Assert.True(p.Edit(TwoSum(SolvedHow.Alone, Today.AddDays(-5)), Today, Now).Succeeded);
        Assert.Null(p.DueOn);
        // After a second attempt the schedule is the attempts' own.
        var q = Log(TwoSum(SolvedHow.WithHint, Today.AddDays(-1)));
        q.RecordSecondAttempt(SolvedHow.Alone, Today, Now);
        q.Edit(TwoSum(SolvedHow.Alone, Today.AddDays(-1)) with { Title = "Two Sum II" }, Today, Now);
        Assert.Equal(Today.AddDays(7), q.DueOn);
        Assert.Equal("Two Sum II", q.Title);
    }

    public static TheoryData<string, PracticeDetails> BadInput => new()
    {
        { "Title", TwoSum() with { Title = " " } },
        { "Title", TwoSum() with { Title = new string('x', 201) } },
        { "Minutes", TwoSum() with { Minutes = -5 } },
        { "Minutes", TwoSum() with { Minutes = 0 } },
        { "Minutes", TwoSum() with { Minutes = 24 * 60 + 1 } },
        { "Notes", TwoSum() with { Notes = new string('n', 100_000) } },
        { "Link", TwoSum() with { Link = "javascript:alert(1)" } },
        { "Link", TwoSum() with { Link = "data:text/html,<script>alert(1)</script>" } },
        { "Link", TwoSum() with { Link = "leetcode.com/problems/two-sum" } },
        { "Topics", TwoSum() with { Topics = PracticeTopic.None } },
        { "Topics", TwoSum() with { Topics = (PracticeTopic)(1 << 25) } },
        { "Difficulty", TwoSum() with { Difficulty = (Difficulty)7 } },
        { "Source", TwoSum() with { Source = (PracticeSource)7 } },
        { "How", TwoSum() with { How = (SolvedHow)7 } },
        { "SolvedOn", TwoSum() with { SolvedOn = Today.AddDays(1) } },
        { "SolvedOn", TwoSum() with { SolvedOn = Today.AddDays(-400) } },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Bad_input_is_refused_beside_its_field(string field, PracticeDetails d)
    {
        var r = PracticeProblem.Log(Guid.NewGuid(), Guid.NewGuid(), d, Today, Now);
        Assert.False(r.Succeeded);
        Assert.Equal(field, Assert.Single(r.Errors).Field);
    }

    [Fact]
    public void A_problem_without_a_link_is_fine_and_script_is_kept_as_text()
    {
        var p = Log(TwoSum() with { Link = null, Title = "<script>alert(1)</script>", Notes = "  <b>hm</b>  " });
        Assert.Equal("", p.Link);
        Assert.Equal("<script>alert(1)</script>", p.Title);
        Assert.Equal("<b>hm</b>", p.Notes);
    }

    [Fact]
    public void Coverage_counts_problems_per_topic_and_names_the_topics_not_touched()
    {
        var coverage = PracticeStats.Coverage([PracticeTopic.Arrays | PracticeTopic.HashMaps, PracticeTopic.Arrays, PracticeTopic.Graphs | PracticeTopic.Other]);
        Assert.Equal(PracticeTopics.All.Count, coverage.Count);
        Assert.Equal(2, coverage.Single(c => c.Topic == PracticeTopic.Arrays).Problems);
        Assert.Equal(1, coverage.Single(c => c.Topic == PracticeTopic.HashMaps).Problems);
        Assert.Equal(0, coverage.Single(c => c.Topic == PracticeTopic.DynamicProgramming).Problems);
        var untouched = PracticeStats.Untouched(coverage);
        Assert.Contains(PracticeTopic.DynamicProgramming, untouched);
        Assert.DoesNotContain(PracticeTopic.Arrays, untouched);
        Assert.DoesNotContain(PracticeTopic.Other, untouched);
        Assert.Equal(PracticeTopics.All.Count - 4, untouched.Count);
    }

    [Fact]
    public void Weekly_counts_run_monday_to_sunday_up_to_this_week()
    {
        var monday = new DateOnly(2026, 3, 2);
        var weeks = PracticeStats.Weekly([monday, Today, monday.AddDays(-1), monday.AddDays(-7), monday.AddDays(-30), Today.AddDays(1)], Today, 4);
        Assert.Equal([monday.AddDays(-21), monday.AddDays(-14), monday.AddDays(-7), monday], weeks.Select(w => w.WeekStart));
        Assert.Equal([0, 0, 2, 2], weeks.Select(w => w.Solved)); // Sunday belongs to the week before; the future and older weeks do not count
    }

    [Theory]
    [InlineData(1, HabitPeriod.Week, CommitmentKind.YesNo, 1, 1)]
    [InlineData(3, HabitPeriod.Week, CommitmentKind.YesNo, 1, 3)]
    [InlineData(1, HabitPeriod.Week, CommitmentKind.Number, 4, 4)]
    [InlineData(1, HabitPeriod.Day, CommitmentKind.YesNo, 1, 7)]
    [InlineData(8, HabitPeriod.Month, CommitmentKind.YesNo, 1, 2)]
    [InlineData(1, HabitPeriod.Month, CommitmentKind.YesNo, 1, 1)]
    public void A_commitment_gives_its_target_as_problems_a_week(int times, HabitPeriod period, CommitmentKind kind, decimal target, int perWeek)
    {
        var c = Commitment.Create(Guid.NewGuid(), Guid.NewGuid(), new CommitmentDetails(CommitmentForm.ImplementationIntention, "solve LeetCode problems",
            "19:00", "the study room", null, times, period, kind, target, kind == CommitmentKind.Number ? "problems" : null), Today, Today, Now).Value!;
        Assert.Equal(perWeek, PracticeStats.WeeklyTargetOf(c));
    }

    [Fact]
    public void The_log_target_is_a_number_in_range_or_a_commitment()
    {
        var log = PracticeLog.Start(Guid.NewGuid(), Guid.NewGuid(), Now);
        Assert.Equal(PracticeLog.DefaultTarget, log.WeeklyTarget);
        Assert.False(log.SetTarget(0, null, Now).Succeeded);
        Assert.False(log.SetTarget(51, null, Now).Succeeded);
        Assert.False(log.SetTarget(null, null, Now).Succeeded);
        Assert.True(log.SetTarget(5, null, Now).Succeeded);
        var commitment = Guid.NewGuid();
        Assert.True(log.SetTarget(null, commitment, Now).Succeeded);
        Assert.Equal(commitment, log.CommitmentId);
        Assert.Equal(5, log.WeeklyTarget);
    }
}
