namespace Thrive.Domain.Goals;

/// <summary>A goal to start from: its wording, its SMART parts, why it works and which letters it shows.</summary>
public sealed record GoalTemplateText(
    string Key, string Title, GoalCategory Category, string Description, string Why, string Shows,
    SmartFields Smart, int? WeeksFromToday, string Source);

/// <summary>
/// The library every programme starts with: the seven goals of the Project Thrive seed and the guide's four
/// critiqued goals, rewritten the way the guide advises. Texts are Thrive's own.
/// </summary>
public static class GoalTemplates
{
    private static SmartFields S(string outcome = "", string metric = "", decimal? baseline = null, decimal? target = null, string unit = "",
        string done = "", string resources = "", decimal? hours = null, string why = "") =>
        new(outcome, metric, baseline, target, unit, done, resources, hours, why, null);

    public static readonly IReadOnlyList<GoalTemplateText> BuiltIn =
    [
        new("aws-certification", "Pass the AWS Cloud Practitioner exam", GoalCategory.Technical,
            "Prepare with my mentor for the AWS certification exam I hold a voucher for, and pass it.",
            "A certification exam is as specific and measurable as a goal gets: you pass or you don't, on a date you book.",
            "Specific · Measurable · Time-bound",
            S("Pass the AWS Cloud Practitioner exam", done: "Exam passed", resources: "Exam voucher, online course, weekly practice tests with my mentor", hours: 4,
              why: "My SWOT pointed me to a career in cloud engineering."), 8, "Seed: preparing for the AWS challenge"),
        new("leetcode-weekly", "Solve at least one LeetCode problem set per week", GoalCategory.Technical,
            "Build problem-solving skills in data structures and algorithms, and get ready for technical interviews.",
            "A weekly minimum turns a weak area into a habit; the count per week is the measure and the cadence.",
            "Measurable · Achievable · Time-bound",
            S("Solve one problem set every week", "Problem sets solved", 0, 12, "sets", resources: "LeetCode, a study buddy", hours: 2,
              why: "Data structures and algorithms are my weakest area, and interviews test them."), 12, "Seed: dealing with weaker skill areas"),
        new("explore-roles", "Meet someone from another role every week", GoalCategory.Career,
            "Meet people in product, design, data, QA and DevRel to learn what they do day to day, and whether I might like it.",
            "Exploring a career is vague until it is a weekly meeting you can count.",
            "Specific · Measurable · Time-bound",
            S("Understand five roles outside engineering well enough to judge if I'd enjoy them", "People met", 0, 10, "meetings",
              resources: "Colleagues across the company, my mentor's introductions", hours: 1,
              why: "I want to keep my options open in the tech space."), 12, "Seed: other opportunities outside software engineering"),
        new("book-club-leadership", "Grow as a leader through a book club on Dare to Lead", GoalCategory.Personal,
            "Work through Dare to Lead with a few mentors and mentees, and practise one idea at work after each chapter.",
            "Soft skills grow when practice is intentional and shared; a book club gives rhythm and company.",
            "Specific · Achievable · Relevant",
            S("Practise one leadership idea at work after each chapter", "Chapters discussed", 0, 8, "chapters",
              resources: "The book, the Thrive book club", hours: 2, why: "I'm a natural critic and want to lead with more care."), 10, "Seed: soft skills"),
        new("learn-by-doing", "Learn in public: three small pieces of applied learning", GoalCategory.Personal,
            "Fight imposter syndrome by applying what I learn: a blog post, a talk or a small GitHub repo, while keeping weekends code-free.",
            "Evidence beats feelings: things you made are proof of progress. Rest is part of the plan, not a reward.",
            "Specific · Measurable · Achievable",
            S("Publish three pieces of applied learning", "Pieces published", 0, 3, "pieces",
              resources: "My mentor's review, a blog, GitHub", hours: 3, why: "Imposter syndrome fades when I can point at what I built."), 12,
            "Seed: the day-to-day challenges of working in tech"),
        new("js-patterns-stress", "Learn JavaScript through core design patterns while managing stress", GoalCategory.Technical,
            "Implement a core design pattern in JavaScript each week, and track stressors and coping strategies before they build up.",
            "Pairing a skill goal with a wellbeing plan keeps the pace sustainable.",
            "Specific · Measurable · Relevant",
            S("Implement eight core design patterns in JavaScript", "Patterns implemented", 0, 8, "patterns",
              resources: "A patterns book, my mentor's code reviews", hours: 3, why: "I'm switching stacks at work and missed design patterns."), 12,
            "Seed: stress management while picking up a new stack"),
        new("intermediate-frontend", "Work at an intermediate level as a front-end developer in 12 weeks", GoalCategory.Career,
            "Build a stronger technical and soft skill set, beat overthinking and bottlenecks with a Kanban board, and revamp my CV, LinkedIn and portfolio.",
            "The seed's own SMART goal: every letter is stated, and time-to-completion on the board is the measure.",
            "Specific · Measurable · Achievable · Relevant · Time-bound",
            S("Work at an intermediate level as a front-end developer", "Average days to complete a task", 5, 2, "days",
              "CV, LinkedIn and portfolio revamped", "Kanban board, tools against overthinking and disorganisation", 4,
              "I want to grow my network and thrive."), 12, "Seed: working at an intermediate level as a front-end developer"),
        new("define-better-developer", "Define what 'better developer' means for me, then reach one milestone", GoalCategory.Technical,
            "Agree with my mentor what a good developer looks like, map my strengths and weaknesses, and pick the first milestone.",
            "The guide's Bruno wanted to be 'a better developer': that means different things to different people until you define it.",
            "Specific · Measurable",
            S("A written definition of a better developer and a first milestone reached", done: "Milestone reached and shown to my mentor", hours: 2,
              why: "A vague wish becomes a plan once it has milestones."), 6, "Guide: Bruno"),
        new("active-listening", "Practise active listening in every mentoring session", GoalCategory.Personal,
            "Read about active listening, reflect back what my mentee says in each session, and ask for feedback monthly.",
            "The guide's Uma wanted to communicate better; being intentional and asking for feedback makes it measurable.",
            "Specific · Measurable · Relevant",
            S("Reflect back my mentee's words in every session", "Feedback score from my mentee (1-5)", 3, 4, "points",
              resources: "'Listen Like You Mean It', feedback from my mentee and colleagues", hours: 1, why: "I want to be a better listener as a mentor."), 12,
            "Guide: Uma"),
        new("new-project-plan", "Break down every new project into steps before starting", GoalCategory.Personal,
            "Practise, with my mentor, a step-by-step way to approach new projects so that I don't panic when a new one starts.",
            "The guide's Sihle wanted confidence; finding why new projects feel scary and rehearsing a plan builds it.",
            "Specific · Achievable · Relevant",
            S("Use a written breakdown for each new project at work", "Projects started with a breakdown", 0, 3, "projects",
              resources: "Sessions with my mentor as a safe place to practise", hours: 1, why: "I'm new to the industry and want to feel confident."), 12,
            "Guide: Sihle"),
        new("guide-career-path", "Help my mentee map their career path with a personal SWOT", GoalCategory.Career,
            "Learn techniques to guide a junior's career choices, use the personal SWOT with my mentee, and ask them for feedback on how it goes.",
            "The guide's Dimitri wanted a taste of leading people; facilitating, not answering, is the skill to practise.",
            "Specific · Relevant",
            S("My mentee has a career path they chose, based on their SWOT", done: "Mentee's career path written down", hours: 1,
              why: "I'm deciding between specialising and managing."), 12, "Guide: Dimitri"),
    ];

    public static GoalTemplateText? Find(string? key) => BuiltIn.FirstOrDefault(t => t.Key == key);

    /// <summary>The template as goal details, with the target date counted from today.</summary>
    public static GoalDetails ToDetails(GoalTemplateText t, DateOnly today, DateOnly? programmeEnd)
    {
        DateOnly? date = t.WeeksFromToday is { } w ? today.AddDays(w * 7) : null;
        if (date is { } d && programmeEnd is { } end && d > end && end >= today) date = end;
        return new GoalDetails(t.Title, t.Description, t.Category, t.Smart with { TargetDate = date });
    }
}

/// <summary>A template a coordinator added for their programme.</summary>
public sealed class ProgrammeGoalTemplate
{
    private ProgrammeGoalTemplate() { Title = ""; Description = ""; Why = ""; }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public string Title { get; private set; }
    public string Description { get; private set; }
    public string Why { get; private set; }
    public GoalCategory Category { get; private set; }
    public Guid CreatedById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<ProgrammeGoalTemplate> Create(Guid programmeId, string? title, string? description, string? why, GoalCategory category, Guid by, DateTimeOffset now)
    {
        var v = new Validate().Required("Title", title, "Title", Goal.TitleMax).MaxLength("Description", description, "Description", Goal.TextMax)
            .MaxLength("Why", why, "Why it works", Goal.TextMax).That(Enum.IsDefined(category), "Category", "Choose a category.");
        if (!v.Ok) return Result<ProgrammeGoalTemplate>.Fail(v.Errors);
        return new ProgrammeGoalTemplate
        {
            Id = Guid.NewGuid(), ProgrammeId = programmeId, Title = title!.Trim(), Description = (description ?? "").Trim(), Why = (why ?? "").Trim(),
            Category = category, CreatedById = by, CreatedAt = now,
        };
    }
}
