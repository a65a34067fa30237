using Thrive.Domain.Goals;
using static Thrive.Domain.Goals.SmartVerdict;

namespace Thrive.Domain.Tests;

/// <summary>
/// The coach calibrated on the Developer Mentoring Guide: the four goals the guide critiques and the seven
/// goals of the seed page, each condensed to the goal it states. The expected verdicts are what a reader of
/// the guide would say about the goal as written (docs/smart-coach.md gives the reasoning per goal).
/// </summary>
public sealed class SmartCoachCalibrationTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly SmartContext Context = new(Today, ProgrammeEnd: Today.AddDays(12 * 7));

    public sealed record LabelledGoal(string Text, SmartVerdict S, SmartVerdict M, SmartVerdict A, SmartVerdict R, SmartVerdict T);

    public static readonly IReadOnlyDictionary<string, LabelledGoal> Goals = new Dictionary<string, LabelledGoal>
    {
        // The guide's critiques (examples-mentoring-goals.md).
        ["Bruno: a better developer"] = new(
            "My goal is to be a better developer. I believe my mentor will help me become a better developer.",
            Missing, Missing, Weak, Missing, Missing),
        ["Uma: active listening and communication"] = new(
            "My goal is to improve both my active listening skills and my communication. I hope that taking on a mentee "
            + "will give me the chance to exercise my communication muscle and listen to my mentee's personal and professional goals.",
            Weak, Missing, Weak, Weak, Missing),
        ["Sihle: confidence as a developer"] = new(
            "I've just started a new job as a backend developer at an e-commerce company. My colleagues have more experience "
            + "than me and I'm not confident in my skills. My goal for the mentoring relationship is to build my confidence as a "
            + "developer: to learn how to approach my projects at work, how to break the steps down, and not to panic when my team starts a new project.",
            Weak, Missing, Weak, Met, Missing),
        ["Dimitri: a junior's career path"] = new(
            "I'm at a point in my career where I could either specialise deeply or move into management. I've joined a mentoring "
            + "programme to get a taste of what it's like to manage or guide another person. My goal is to focus on helping a junior developer build their career path.",
            Weak, Missing, Weak, Met, Missing),

        // The seed (example-goals.md).
        ["AWS certification"] = new(
            "After a SWOT analysis with my mentor I have a much clearer idea of my career path, so I've registered for an AWS course "
            + "and already have my exam voucher. Over the next few weeks my mentor will help me prepare for the exam and get closer to an AWS certification.",
            Met, Weak, Met, Met, Weak),
        ["Data structures and algorithms"] = new(
            "Data structures and algorithms is the area where I have the most difficulty. After a talk with my mentor, I decided to "
            + "solve at least one problem set from LeetCode per week. That way I build up my problem-solving skills and prepare myself for interviews.",
            Met, Met, Met, Met, Weak), // a weekly habit with no period: how often, not until when
        ["Roles outside engineering"] = new(
            "I've just started my career as a junior software engineer. In case I later want to switch to another role in tech, "
            + "each week I will arrange meetings with people at my company across different roles in order to understand what they do "
            + "and whether I might be interested in doing it.",
            Met, Met, Weak, Met, Weak), // as above
        ["Leadership book club"] = new(
            "After talking with my mentor about my goals and where my career is heading, we decided to focus on leadership and soft skills "
            + "instead of technical skills. I'm working through the book Dare to Lead in a book club with a few other mentors and mentees from the Thrive community.",
            Met, Weak, Met, Met, Missing),
        ["Imposter syndrome (a mentor's goal)"] = new(
            "As a mentor, my goal is to help my mentee deal with imposter syndrome so he can reach his career goals. He should find a "
            + "way of learning that works for him, which could be writing blog posts, giving talks or creating small GitHub repos. "
            + "Break goals down into small tasks that can be done quickly, find a way to be accountable, and take time off from code to prioritise health and family.",
            Weak, Missing, Weak, Met, Missing),
        ["JavaScript design patterns and stress"] = new(
            "After a SWOT analysis with my mentor I saw that bouncing between responsibilities and tech stacks made me miss core topics "
            + "such as design patterns, which fuels imposter syndrome and stress. As I switch tech stacks at work in the coming months, "
            + "we will use our time in the Thrive programme to help me learn JavaScript by practising core design patterns, and we will "
            + "monitor stressors and plan coping strategies before and as they occur.",
            Weak, Missing, Met, Met, Weak),
        ["Intermediate front-end developer (all five SMART statements)"] = new(
            "Specific: I want to be working at an intermediate level as a front-end developer and professional. "
            + "Measurable: I want to use my mentoring journey to create a stronger skill set, both soft skills and technical skills. "
            + "Achievable: I will learn tools to combat overthinking, disorganisation and bottlenecks that might be limiting my productivity. "
            + "Realistic: I will implement these strategies on my Kanban board; the goal is to decrease time-to-completion on my tasks. "
            + "Time-bound: 12 weeks; in this period I will revamp my CV, LinkedIn and portfolio in order to grow my network and thrive.",
            Met, Met, Met, Met, Met),
    };

    public static TheoryData<string> Names => new(Goals.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Coach_agrees_with_a_reader_of_the_guide(string name)
    {
        var goal = Goals[name];
        var a = SmartCoach.Assess(new SmartInput(goal.Text), Context);
        var actual = $"S={a.Specific.Verdict} M={a.Measurable.Verdict} A={a.Achievable.Verdict} R={a.Relevant.Verdict} T={a.TimeBound.Verdict}";
        Assert.Equal($"S={goal.S} M={goal.M} A={goal.A} R={goal.R} T={goal.T}", actual);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_letter_explains_itself(string name)
    {
        var a = SmartCoach.Assess(new SmartInput(Goals[name].Text), Context);
        foreach (var c in new[] { a.Specific, a.Measurable, a.Achievable, a.Relevant, a.TimeBound })
        {
            Assert.NotEmpty(c.Reasons);
            if (c.Verdict != Met) Assert.NotEmpty(c.Suggestions);
        }
    }

    [Fact]
    public void The_critiqued_goals_score_below_the_seed_goals()
    {
        string[] critiqued = ["Bruno: a better developer", "Uma: active listening and communication", "Sihle: confidence as a developer", "Dimitri: a junior's career path"];
        var worstSeed = Goals.Where(g => !critiqued.Contains(g.Key)).Min(g => SmartCoach.Assess(new SmartInput(g.Value.Text), Context).Score);
        var bestCritiqued = critiqued.Max(n => SmartCoach.Assess(new SmartInput(Goals[n].Text), Context).Score);
        Assert.True(bestCritiqued <= worstSeed, $"best critiqued {bestCritiqued}, worst seed {worstSeed}");
    }

    [Fact]
    public void The_front_end_goal_that_states_all_five_letters_scores_highest()
    {
        var front = SmartCoach.Assess(new SmartInput(Goals["Intermediate front-end developer (all five SMART statements)"].Text), Context);
        Assert.Equal(5m, front.Score);
    }
}
