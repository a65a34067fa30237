using Thrive.Domain.Goals;
using Thrive.Domain.Swot;

namespace Thrive.Domain.Tests;

public sealed class GoalTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static GoalDetails Details(string title = "Pass the AWS Cloud Practitioner exam", SmartFields? smart = null) =>
        new(title, "With my mentor", GoalCategory.Technical, smart ?? SmartFields.Empty with { TargetDate = Today.AddDays(30) });

    [Theory]
    [InlineData("", "Title")]
    [InlineData("past-date", "TargetDate")]
    [InlineData("same-target", "Target")]
    [InlineData("huge", "Target")]
    [InlineData("hours", "HoursPerWeek")]
    [InlineData("target-without-metric", "Metric")]
    [InlineData("year-9999", "TargetDate")]
    public void Bad_goal_details_name_their_field(string kind, string field)
    {
        var smart = kind switch
        {
            "past-date" => SmartFields.Empty with { TargetDate = Today.AddDays(-1) },
            "same-target" => SmartFields.Empty with { Metric = "Sets", Baseline = 3, Target = 3 },
            "huge" => SmartFields.Empty with { Metric = "Sets", Target = 5_000_000_000m },
            "hours" => SmartFields.Empty with { HoursPerWeek = 200 },
            "target-without-metric" => SmartFields.Empty with { Target = 10 },
            "year-9999" => SmartFields.Empty with { TargetDate = new DateOnly(9999, 1, 1) },
            _ => SmartFields.Empty,
        };
        var r = Goal.Create(Guid.NewGuid(), Guid.NewGuid(), Details(kind == "" ? "" : "A goal", smart), true, Today, Now);
        Assert.False(r.Succeeded);
        Assert.Contains(r.Errors, e => e.Field == field);
    }

    [Fact]
    public void A_description_of_100000_characters_is_refused()
    {
        var r = Goal.Create(Guid.NewGuid(), Guid.NewGuid(), Details() with { Description = new string('x', 100_000) }, true, Today, Now);
        Assert.Contains(r.Errors, e => e.Field == "Description" && e.Message.Contains("10000", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unchanged_target_date_may_have_passed_but_a_new_one_may_not()
    {
        var goal = Goal.Create(Guid.NewGuid(), Guid.NewGuid(), Details(), true, Today, Now).Value!;
        var later = Today.AddDays(60); // the target date is now in the past
        Assert.True(goal.Edit(Details("Pass the exam"), later, Now).Succeeded);
        var moved = goal.Edit(Details("Pass the exam", SmartFields.Empty with { TargetDate = later.AddDays(-1) }), later, Now);
        Assert.Contains(moved.Errors, e => e.Field == "TargetDate");
    }

    [Fact]
    public void Edit_reports_what_changed()
    {
        var goal = Goal.Create(Guid.NewGuid(), Guid.NewGuid(), Details(), true, Today, Now).Value!;
        var changed = goal.Edit(Details("Pass the exam", SmartFields.Empty with { TargetDate = Today.AddDays(40), Metric = "Practice tests", Target = 5 }), Today, Now).Value!;
        Assert.Contains("title", changed);
        Assert.Contains("measure", changed);
        Assert.Contains(changed, c => c.StartsWith("target date", StringComparison.Ordinal));
    }

    [Fact]
    public void Life_cycle_claim_then_confirm_drop_needs_a_reason_reopen_clears()
    {
        var goal = Goal.Create(Guid.NewGuid(), Guid.NewGuid(), Details(), false, Today, Now).Value!;
        Assert.Equal(GoalStatus.Draft, goal.Status);
        Assert.False(goal.MarkAchieved(Now).Succeeded);
        Assert.True(goal.Activate(Now).Succeeded);
        Assert.False(goal.ConfirmAchieved(Guid.NewGuid(), Now).Succeeded);
        Assert.True(goal.MarkAchieved(Now).Succeeded);
        Assert.True(goal.ConfirmAchieved(Guid.NewGuid(), Now).Succeeded);
        Assert.False(goal.Edit(Details(), Today, Now).Succeeded);
        Assert.True(goal.Reopen(Now).Succeeded);
        Assert.Null(goal.ConfirmedAt);
        Assert.Contains(goal.Drop("  ", Now).Errors, e => e.Field == "DropReason");
        Assert.True(goal.Drop("Changed teams", Now).Succeeded);
        Assert.Equal(GoalStatus.Dropped, goal.Status);
    }

    [Fact]
    public void Every_change_gets_a_new_version()
    {
        var goal = Goal.Create(Guid.NewGuid(), Guid.NewGuid(), Details(), true, Today, Now).Value!;
        var v1 = goal.Version;
        goal.SetWayForward("Book the exam", "Weekly check-in", "Dinner out", Now);
        Assert.NotEqual(v1, goal.Version);
        Assert.Equal("Book the exam", goal.FirstStep);
    }

    [Theory]
    [InlineData(0, 10, 5, 0.5)]
    [InlineData(5, 2, 3.5, 0.5)]   // lower is better: days to finish a task
    [InlineData(0, 10, 15, 1.0)]
    [InlineData(0, 10, -3, 0.0)]
    public void Progress_moves_from_baseline_to_target(double baseline, double target, double latest, double expected) =>
        Assert.Equal((decimal)expected, GoalProgress.Of(GoalStatus.Active, SmartFields.Empty with { Metric = "m", Baseline = (decimal)baseline, Target = (decimal)target }, (decimal)latest));

    [Theory]
    [InlineData(0, 0, 0.0)]
    [InlineData(1, 4, 0.25)]
    [InlineData(4, 4, 1.0)]
    public void Without_a_measure_progress_follows_the_tasks(int done, int total, double expected) =>
        Assert.Equal((decimal)expected, GoalProgress.Of(GoalStatus.Active, SmartFields.Empty, null, done, total));

    [Fact]
    public void A_measure_wins_over_tasks() =>
        Assert.Equal(0.5m, GoalProgress.Of(GoalStatus.Active, SmartFields.Empty with { Metric = "m", Baseline = 0, Target = 10 }, 5, tasksDone: 0, tasksTotal: 3));

    [Fact]
    public void Achieved_is_complete_and_unmeasured_is_zero()
    {
        Assert.Equal(1m, GoalProgress.Of(GoalStatus.Achieved, SmartFields.Empty, null));
        Assert.Equal(0m, GoalProgress.Of(GoalStatus.Active, SmartFields.Empty, null));
    }

    [Theory]
    [InlineData(1, "Date")]   // tomorrow
    [InlineData(-800, "Date")]
    public void Measure_entries_are_dated_today_or_earlier(int days, string field) =>
        Assert.Contains(MeasureEntry.Record(Guid.NewGuid(), Today.AddDays(days), 1, null, Guid.NewGuid(), Today, Now).Errors, e => e.Field == field);
}

public sealed class SwotAndLibraryTests
{
    [Fact]
    public void Links_go_from_strength_to_opportunity_or_weakness_to_threat()
    {
        var rev = Guid.NewGuid();
        var s = SwotItem.Of(rev, SwotQuadrant.Strength, "Eye for design", 0);
        var o = SwotItem.Of(rev, SwotQuadrant.Opportunity, "Hiring", 0);
        var w = SwotItem.Of(rev, SwotQuadrant.Weakness, "Overthinking", 0);
        var t = SwotItem.Of(rev, SwotQuadrant.Threat, "Bottlenecks", 0);
        Assert.Equal(SwotLinkKind.Amplify, SwotLink.Connect(rev, s, o).Value!.Kind);
        Assert.Equal(SwotLinkKind.Guard, SwotLink.Connect(rev, w, t).Value!.Kind);
        Assert.False(SwotLink.Connect(rev, s, t).Succeeded);
        Assert.False(SwotLink.Connect(rev, o, s).Succeeded);
    }

    [Fact]
    public void A_link_becomes_a_draft_goal_that_says_why()
    {
        var d = SwotLink.DraftGoal(SwotLinkKind.Amplify, "Eye for design", "Company is hiring front-end developers");
        Assert.Equal("Use eye for design to company is hiring front-end developers", d.Title);
        Assert.Contains("Amplifies a strength", d.Smart.RelevanceReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Swot_lines_drop_bullets_blanks_and_duplicates_and_refuse_too_many()
    {
        var lines = SwotPrompts.Lines(SwotQuadrant.Strength, "- Persistent\n\n* Java\n• Java\n  ").Value!;
        Assert.Equal(["Persistent", "Java"], lines);
        Assert.False(SwotPrompts.Lines(SwotQuadrant.Threat, string.Join('\n', Enumerable.Range(0, 31).Select(i => $"t{i}"))).Succeeded);
        Assert.False(SwotPrompts.Lines(SwotQuadrant.Threat, new string('x', 501)).Succeeded);
    }

    [Fact]
    public void Grow_has_twenty_prompts_five_per_stage_and_the_way_forward_numbers()
    {
        Assert.Equal(20, GrowPrompts.All.Count);
        Assert.All(Enum.GetValues<GrowStage>(), s => Assert.Equal(5, GrowPrompts.All.Count(p => p.Stage == s)));
        Assert.Equal(GrowStage.WayForward, GrowPrompts.All[GrowPrompts.FirstStep - 1].Stage);
        Assert.Contains("celebrate", GrowPrompts.All[GrowPrompts.Celebration - 1].Question, StringComparison.Ordinal);
    }

    [Fact]
    public void Library_holds_the_seven_seed_goals_and_the_guides_four()
    {
        Assert.Equal(7, GoalTemplates.BuiltIn.Count(t => t.Source.StartsWith("Seed", StringComparison.Ordinal)));
        Assert.Equal(4, GoalTemplates.BuiltIn.Count(t => t.Source.StartsWith("Guide", StringComparison.Ordinal)));
        Assert.All(Enum.GetValues<GoalCategory>(), c => Assert.Contains(GoalTemplates.BuiltIn, t => t.Category == c));
        var frontEnd = GoalTemplates.Find("intermediate-frontend")!;
        Assert.Equal("Specific · Measurable · Achievable · Relevant · Time-bound", frontEnd.Shows);
    }

    [Fact]
    public void Template_dates_count_from_today_and_stop_at_the_programme_end()
    {
        var today = new DateOnly(2026, 3, 2);
        var d = GoalTemplates.ToDetails(GoalTemplates.Find("intermediate-frontend")!, today, programmeEnd: today.AddDays(30));
        Assert.Equal(today.AddDays(30), d.Smart.TargetDate);
        Assert.Equal(today.AddDays(84), GoalTemplates.ToDetails(GoalTemplates.Find("intermediate-frontend")!, today, null).Smart.TargetDate);
    }
}
