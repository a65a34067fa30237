using Thrive.Domain.Goals;
using static Thrive.Domain.Goals.SmartVerdict;

namespace Thrive.Domain.Tests;

/// <summary>Achievable, Relevant, the structured paths and the inputs nobody should send but somebody will.</summary>
public sealed class SmartCoachSupportTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly SmartContext Open = new(Today);
    private const string Good = "Pass the AWS Cloud Practitioner exam by 15 March";

    private static SmartAssessment Assess(string text, SmartContext? context = null) =>
        SmartCoach.Assess(new SmartInput(text), context ?? Open);

    // Achievable

    [Fact]
    public void Free_text_without_time_or_help_is_weakly_achievable_and_says_what_to_add()
    {
        var a = Assess(Good).Achievable;
        Assert.Equal(Weak, a.Verdict);
        Assert.Contains(a.Suggestions, s => s.Contains("hours a week", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Good + " with my mentor.")]
    [InlineData(Good + "; I've registered for a course.")]
    [InlineData(Good + ", and I already have my voucher.")]
    [InlineData(Good + ", studying 2 hours a week.")]
    [InlineData("Read Dare to Lead with our book club by the end of the programme.")]
    public void Time_or_help_in_the_text_makes_it_achievable(string text) => Assert.Equal(Met, Assess(text).Achievable.Verdict);

    [Fact]
    public void Of_course_is_not_a_course() => Assert.Equal(Weak, Assess(Good + ", of course.").Achievable.Verdict);

    [Theory]
    [InlineData(4, 5, "Udemy course", Met)]
    [InlineData(5, 5, "Udemy course", Met)]
    [InlineData(8, 5, "Udemy course", Weak)]
    [InlineData(61, null, null, Missing)]
    [InlineData(80, 100, "a whole team", Missing)]
    [InlineData(0, 5, "Udemy course", Weak)]
    public void Hours_per_week_must_fit_the_hours_available(int hours, int? available, string? resources, SmartVerdict expected)
    {
        var context = new SmartContext(Today, AvailableHoursPerWeek: available);
        var a = SmartCoach.Assess(new SmartInput(Good, HoursPerWeek: hours, Resources: resources), context).Achievable;
        Assert.Equal(expected, a.Verdict);
        if (hours == 8) Assert.Contains("It needs 8 hours a week, but you have 5 hours a week.", a.Reasons);
    }

    [Theory]
    [InlineData(Good + ", an hour a day.", Weak)] // 7 hours a week, 5 available
    [InlineData(Good + ", 30 minutes every weekday.", Met)] // 2.5 hours a week
    [InlineData(Good + ", 70 hours a week.", Missing)]
    public void Hours_written_in_the_text_are_checked_too(string text, SmartVerdict expected) =>
        Assert.Equal(expected, Assess(text, new SmartContext(Today, AvailableHoursPerWeek: 5)).Achievable.Verdict);

    [Theory]
    [InlineData(2, Met)]
    [InlineData(3, Weak)]
    [InlineData(6, Weak)]
    public void Too_many_active_goals_split_the_focus(int others, SmartVerdict expected)
    {
        var a = Assess(Good + " with my mentor.", new SmartContext(Today, OtherActiveGoals: others)).Achievable;
        Assert.Equal(expected, a.Verdict);
        if (expected == Weak) Assert.Contains(a.Suggestions, s => s.Contains("Finish or park one", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_cannot_make_a_goal_without_a_result_achievable() =>
        Assert.Equal(Weak, Assess("Be a better developer with my mentor.").Achievable.Verdict);

    // Relevant

    [Theory]
    [InlineData(Good + " so that I can apply for cloud roles.")]
    [InlineData(Good + " because my team is moving to AWS.")]
    [InlineData(Good + " to become a cloud engineer.")]
    [InlineData(Good + " for my career.")]
    [InlineData(Good + " in order to lead our migration.")]
    [InlineData(Good + ", which will help me in interviews.")]
    [InlineData("Data structures are my weakest area, so I'll solve one problem set a week.")]
    [InlineData("I’m not confident in code reviews, so I’ll review one PR a day.")]
    public void A_stated_reason_makes_it_relevant(string text) => Assert.Equal(Met, Assess(text).Relevant.Verdict);

    [Theory]
    [InlineData(Good + ".", Missing)]
    [InlineData("My goal is to become a tech lead.", Missing)] // the goal itself, not a reason for it
    [InlineData(Good + " for my team.", Weak)]
    public void No_reason_is_weak_or_missing(string text, SmartVerdict expected)
    {
        var r = Assess(text).Relevant;
        Assert.Equal(expected, r.Verdict);
        Assert.Contains(r.Suggestions, s => s.Contains("SWOT", StringComparison.Ordinal));
    }

    [Fact]
    public void Swot_links_or_a_reason_field_make_it_relevant()
    {
        Assert.Equal(Met, SmartCoach.Assess(new SmartInput(Good, LinkedSwotItems: 2), Open).Relevant.Verdict);
        Assert.Equal(Met, SmartCoach.Assess(new SmartInput(Good, RelevanceReason: "Our team moves to AWS in May"), Open).Relevant.Verdict);
    }

    // Structured fields and the whole picture

    [Fact]
    public void A_fully_structured_goal_meets_every_letter()
    {
        var input = new SmartInput("Cloud certification", SpecificOutcome: "Pass the AWS Cloud Practitioner exam", Metric: "practice exam score",
            Baseline: 55, Target: 80, Unit: "%", Resources: "Course and voucher from work", HoursPerWeek: 3,
            RelevanceReason: "Our team moves to AWS", LinkedSwotItems: 1, TargetDate: new DateOnly(2026, 5, 1));
        var a = SmartCoach.Assess(input, new SmartContext(Today, new DateOnly(2026, 5, 25), AvailableHoursPerWeek: 4));
        Assert.Equal(5m, a.Score);
    }

    [Fact]
    public void A_vague_structured_outcome_is_only_weak() =>
        Assert.Equal(Weak, SmartCoach.Assess(new SmartInput("", SpecificOutcome: "Be a better developer"), Open).Specific.Verdict);

    [Fact]
    public void The_seed_goals_get_credit_where_due()
    {
        var leet = Assess("Solve at least one LeetCode problem set per week until the end of the programme.");
        Assert.Equal((Met, Met, Met), (leet.Specific.Verdict, leet.Measurable.Verdict, leet.TimeBound.Verdict));
        var aws = Assess("Pass the AWS Cloud Practitioner exam by 15 March.");
        Assert.Equal((Met, Met, Met), (aws.Specific.Verdict, aws.Measurable.Verdict, aws.TimeBound.Verdict));
    }

    // Inputs at the edges

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void An_empty_goal_is_missing_everywhere_and_says_so(string text)
    {
        var a = Assess(text);
        Assert.Equal(0m, a.Score);
        foreach (var c in new[] { a.Specific, a.Measurable, a.Achievable, a.Relevant, a.TimeBound })
        {
            Assert.Equal(Missing, c.Verdict);
            Assert.NotEmpty(c.Reasons);
            Assert.NotEmpty(c.Suggestions);
        }
    }

    [Fact]
    public void A_null_text_is_read_as_empty() => Assert.Equal(0m, SmartCoach.Assess(new SmartInput(null!), Open).Score);

    [Fact]
    public void Only_the_first_5000_characters_are_read_so_huge_texts_stay_cheap()
    {
        var filler = string.Concat(Enumerable.Repeat("lorem ipsum ", 9_000)); // 108,000 characters
        var a = Assess(Good + " " + filler);
        Assert.Equal(Met, a.TimeBound.Verdict);
        var late = Assess(filler + Good);
        Assert.Equal(Missing, late.TimeBound.Verdict); // the date sits beyond the cap
    }

    [Theory]
    [InlineData("pass ", 20_000)]
    [InlineData("1 ", 50_000)]
    [InlineData("a week ", 15_000)]
    [InlineData("15 march ", 12_000)]
    [InlineData("so that ", 12_000)]
    [InlineData("🚀", 60_000)]
    public void Repetitive_huge_texts_do_not_throw(string unit, int times)
    {
        var a = Assess(string.Concat(Enumerable.Repeat(unit, times)));
        Assert.InRange(a.Score, 0m, 5m);
        Assert.All(new[] { a.Specific, a.Measurable, a.Achievable, a.Relevant, a.TimeBound },
            c => Assert.All(c.Reasons, r => Assert.True(r.Length < 400, r)));
    }

    [Fact]
    public void Script_tags_are_just_text()
    {
        var plain = Assess(Good + " with my mentor.");
        var tagged = Assess("<script>alert('x')</script> " + Good + " with my mentor.<b>");
        Assert.Equal(plain.Score, tagged.Score);
        Assert.Equal(plain.Specific.Reasons, tagged.Specific.Reasons);
    }

    [Fact]
    public void Unicode_is_read_and_quoted_as_written()
    {
        var a = Assess("Présenter 1 talk 🚀 at the Thrive meetup — publish 2 blog posts by 15 March, avec mon mentor.");
        Assert.Equal(Met, a.Measurable.Verdict);
        Assert.Equal(Met, a.TimeBound.Verdict);
        var curly = Assess("I’ve just started as a developer, so I’ll review one PR a day.");
        Assert.Equal(Met, curly.Relevant.Verdict);
        Assert.Contains("'I’ve just started'", curly.Relevant.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_through_an_emoji_at_the_cap_does_not_break_quotes()
    {
        var text = new string('x', 4_999) + "🚀 pass the exam";
        Assert.InRange(Assess(text).Score, 0m, 5m);
    }

    [Fact]
    public void Quotes_keep_the_persons_own_casing() =>
        Assert.Contains("'Get Better At'", Assess("Get Better At AWS").Specific.Reasons[0], StringComparison.Ordinal);
}
