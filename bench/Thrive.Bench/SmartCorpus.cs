namespace Thrive.Bench;

/// <summary>
/// Goals the SMART benchmark assesses: the eleven labelled goals of the calibration tests
/// (tests/Thrive.Domain.Tests/SmartCoachCalibrationTests.cs, kept in step by hand) and free-text variants
/// of the kind people paste into the goal form.
/// </summary>
internal static class SmartCorpus
{
    public static readonly string[] Labelled =
    [
        "My goal is to be a better developer. I believe my mentor will help me become a better developer.",
        "My goal is to improve both my active listening skills and my communication. I hope that taking on a mentee "
            + "will give me the chance to exercise my communication muscle and listen to my mentee's personal and professional goals.",
        "I've just started a new job as a backend developer at an e-commerce company. My colleagues have more experience "
            + "than me and I'm not confident in my skills. My goal for the mentoring relationship is to build my confidence as a "
            + "developer: to learn how to approach my projects at work, how to break the steps down, and not to panic when my team starts a new project.",
        "I'm at a point in my career where I could either specialise deeply or move into management. I've joined a mentoring "
            + "programme to get a taste of what it's like to manage or guide another person. My goal is to focus on helping a junior developer build their career path.",
        "After a SWOT analysis with my mentor I have a much clearer idea of my career path, so I've registered for an AWS course "
            + "and already have my exam voucher. Over the next few weeks my mentor will help me prepare for the exam and get closer to an AWS certification.",
        "Data structures and algorithms is the area where I have the most difficulty. After a talk with my mentor, I decided to "
            + "solve at least one problem set from LeetCode per week. That way I build up my problem-solving skills and prepare myself for interviews.",
        "I've just started my career as a junior software engineer. In case I later want to switch to another role in tech, "
            + "each week I will arrange meetings with people at my company across different roles in order to understand what they do "
            + "and whether I might be interested in doing it.",
        "After talking with my mentor about my goals and where my career is heading, we decided to focus on leadership and soft skills "
            + "instead of technical skills. I'm working through the book Dare to Lead in a book club with a few other mentors and mentees from the Thrive community.",
        "As a mentor, my goal is to help my mentee deal with imposter syndrome so he can reach his career goals. He should find a "
            + "way of learning that works for him, which could be writing blog posts, giving talks or creating small GitHub repos. "
            + "Break goals down into small tasks that can be done quickly, find a way to be accountable, and take time off from code to prioritise health and family.",
        "After a SWOT analysis with my mentor I saw that bouncing between responsibilities and tech stacks made me miss core topics "
            + "such as design patterns, which fuels imposter syndrome and stress. As I switch tech stacks at work in the coming months, "
            + "we will use our time in the Thrive programme to help me learn JavaScript by practising core design patterns, and we will "
            + "monitor stressors and plan coping strategies before and as they occur.",
        "Specific: I want to be working at an intermediate level as a front-end developer and professional. "
            + "Measurable: I want to use my mentoring journey to create a stronger skill set, both soft skills and technical skills. "
            + "Achievable: I will learn tools to combat overthinking, disorganisation and bottlenecks that might be limiting my productivity. "
            + "Realistic: I will implement these strategies on my Kanban board; the goal is to decrease time-to-completion on my tasks. "
            + "Time-bound: 12 weeks; in this period I will revamp my CV, LinkedIn and portfolio in order to grow my network and thrive.",
    ];

    public static readonly string[] Variants =
    [
        "Get better at AWS.",
        "Pass the AWS Cloud Practitioner exam by 15 March so that I can apply for cloud roles.",
        "Learn more about Kubernetes.",
        "Publish 3 blog posts about what I learn in Rust within 6 weeks, 2 hours a week with my mentor.",
        "Solve at least one LeetCode problem set per week.",
        "Meet someone from another role each week to find out whether product management suits me.",
        "Work on my soft skills.",
        "Ship the checkout redesign to production by 2026-05-15 because my team needs it for the launch.",
        "Read Clean Architecture by the end of the programme in our book club.",
        "Understand more about system design by end of June.",
    ];

    public static readonly string[] All = [.. Labelled, .. Variants];

    /// <summary>Pasted essays and repetitive junk of 100,000 characters: the coach reads only the first 5,000.</summary>
    public static readonly string[] Huge =
    [
        Labelled[10] + " " + Repeat("lorem ipsum dolor sit amet ", 100_000),
        Repeat("pass the exam by 15 march so that ", 100_000),
        Repeat("1 a week ", 100_000),
        Repeat("🚀 improve ", 100_000),
    ];

    private static string Repeat(string unit, int length) => string.Concat(Enumerable.Repeat(unit, length / unit.Length + 1))[..length];
}
