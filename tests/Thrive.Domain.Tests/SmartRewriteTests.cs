using Thrive.Domain.Goals;

namespace Thrive.Domain.Tests;

/// <summary>Suggestions as rewrites: each kind of change the coach makes to the person's own sentence.</summary>
public sealed class SmartRewriteTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly SmartContext Open = new(Today);
    private static readonly SmartContext TwelveWeeks = new(Today, ProgrammeEnd: new DateOnly(2026, 5, 25), AvailableHoursPerWeek: 5);

    private static SmartAssessment Assess(string goal, SmartContext? context = null) => SmartCoach.Assess(new SmartInput(goal), context ?? TwelveWeeks);

    [Fact]
    public void A_missing_date_becomes_the_programmes_end()
    {
        var a = Assess("Pass the CKA exam with my mentor's help, so that I can take over the cluster upgrades.");
        Assert.Equal("Pass the CKA exam with my mentor's help by 25 May, so that I can take over the cluster upgrades.", a.TimeBound.Rewrite);
    }

    [Fact]
    public void Without_a_programme_a_missing_date_is_a_few_weeks_ahead() =>
        Assert.Equal("Pass the CKA exam with my mentor's help by 27 April, so that I can take over the cluster upgrades.",
            Assess("Pass the CKA exam with my mentor's help, so that I can take over the cluster upgrades.", Open).TimeBound.Rewrite);

    [Theory]
    [InlineData("Pass the CKA exam by 30 June, so that I can take over the cluster upgrades.", "Pass the CKA exam by 25 May, so that I can take over the cluster upgrades.")]
    [InlineData("Pass the CKA exam on 1 March.", "Pass the CKA exam on 25 May.")]
    [InlineData("Pass AZ-900 in the coming months.", "Pass AZ-900 by 25 May.")]
    public void A_date_after_the_end_already_passed_or_only_rough_is_replaced(string goal, string expected) =>
        Assert.Equal(expected, Assess(goal).TimeBound.Rewrite);

    [Fact]
    public void Some_becomes_a_count() =>
        Assert.Equal("Write 3 tests for the billing module by 20 March, so that the rounding bugs stop.",
            Assess("Write some tests for the billing module by 20 March, so that the rounding bugs stop.").Measurable.Rewrite);

    [Fact]
    public void Getting_ready_for_an_exam_gets_a_pass_mark()
    {
        var a = Assess("Prepare for the Terraform Associate exam by 30 April, so that I can lead our infrastructure work.");
        Assert.Equal("Prepare for the Terraform Associate exam by 30 April and pass the practice exam with 80% with 2 hours a week, so that I can lead our infrastructure work.", a.Rewrite);
    }

    [Theory]
    [InlineData("Learn Go by 20 March, so that I can join the platform team.", "Learn Go by building one small project that uses it by 20 March, so that I can join the platform team.")]
    [InlineData("Get better at AWS by 20 March, so that I can join the platform team.", "Get better at AWS by building one small project that uses it by 20 March, so that I can join the platform team.")]
    [InlineData("Get better at public speaking by 20 March, so that I can lead our demos.", "Get better at public speaking by practising it in one meeting a week and asking my mentor for feedback by 20 March, so that I can lead our demos.")]
    public void A_growth_verb_with_a_topic_becomes_a_checkable_result_in_the_persons_words(string goal, string expected)
    {
        var a = Assess(goal);
        Assert.Equal(expected, a.Specific.Rewrite);
        Assert.Equal(SmartVerdict.Met, Assess(a.Specific.Rewrite!).Specific.Verdict);
    }

    [Fact]
    public void No_reason_gets_a_so_that_with_a_placeholder_for_the_person()
    {
        var a = Assess("Ship the dark-mode toggle by Friday.");
        Assert.Equal("Ship the dark-mode toggle by Friday, so that <why it matters to you>.", a.Relevant.Rewrite);
        Assert.Equal(SmartVerdict.Met, Assess(a.Relevant.Rewrite!).Relevant.Verdict);
    }

    [Fact]
    public void Hours_above_what_the_person_has_are_lowered()
    {
        var a = Assess("Pass the CKA exam by 15 May with 10 hours a week, so that I can take over the cluster upgrades.");
        Assert.Equal(SmartVerdict.Weak, a.Achievable.Verdict);
        Assert.Equal("Pass the CKA exam by 15 May with 5 hours a week, so that I can take over the cluster upgrades.", a.Achievable.Rewrite);
        Assert.Equal(SmartVerdict.Met, Assess(a.Achievable.Rewrite!).Achievable.Verdict);
    }

    [Fact]
    public void No_time_or_help_said_gets_a_few_hours_a_week() =>
        Assert.Equal("Ship the dark-mode toggle by Friday with 2 hours a week.", Assess("Ship the dark-mode toggle by Friday.").Achievable.Rewrite);

    [Fact]
    public void Try_this_version_fixes_every_weak_letter_at_once_and_keeps_the_persons_casing()
    {
        var a = Assess("Learn Kotlin.");
        Assert.Equal("Learn Kotlin by building one small project that uses it with 2 hours a week by 25 May, so that <why it matters to you>.", a.Rewrite);
        var again = Assess(a.Rewrite!);
        Assert.Equal(5m, again.Score);
        Assert.Null(again.Rewrite);
    }

    [Fact]
    public void A_goal_that_meets_every_letter_has_no_rewrite()
    {
        var a = Assess("Pass the CKA exam by 15 May with 3 hours a week, so that I can take over the cluster upgrades.");
        Assert.Equal(5m, a.Score);
        Assert.Null(a.Rewrite);
        Assert.All(new[] { a.Specific, a.Measurable, a.Achievable, a.Relevant, a.TimeBound }, c => Assert.Null(c.Rewrite));
    }

    [Fact]
    public void A_form_field_that_decides_a_letter_is_not_rewritten_in_the_text()
    {
        var a = SmartCoach.Assess(new SmartInput("Pass the CKA exam, so that I can take over the cluster upgrades.", TargetDate: new DateOnly(2026, 7, 1)), TwelveWeeks);
        Assert.Equal(SmartVerdict.Weak, a.TimeBound.Verdict);
        Assert.Null(a.TimeBound.Rewrite);
    }

    [Fact]
    public void The_goals_own_sentence_is_rewritten_when_the_text_read_holds_more()
    {
        var input = new SmartInput("Learn Go. I keep putting it off, so that is why.");
        var a = SmartCoach.Assess(input, TwelveWeeks, "Learn Go");
        Assert.StartsWith("Learn Go by building one small project that uses it", a.Rewrite, StringComparison.Ordinal);
        Assert.DoesNotContain("putting it off", a.Rewrite, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pasted_essay_is_assessed_but_not_rewritten()
    {
        var a = Assess(string.Concat(Enumerable.Repeat("Learn Go. ", 300)));
        Assert.NotEqual(SmartVerdict.Met, a.Specific.Verdict);
        Assert.Null(a.Rewrite);
        Assert.Null(a.Specific.Rewrite);
    }
}
