namespace Thrive.Web.Features.Demo;

/// <summary>
/// Kabelo's role exploration: five conversations over five weeks with people in product, QA, design and developer
/// relations, one question of his own, his main goal's measure following the count, and his weekly coffee commitment
/// as the one that arranges the next conversation. Added to the context; the caller saves.
/// </summary>
internal sealed class DemoRoles(ThriveDbContext db, Guid programmeId, DateOnly today, DateTimeOffset now)
{
    private const string Email = "careers.mentee@thrive.test";

    private sealed record Talk(int DaysAgo, string Person, string Role, string[] Asked, string DayToDay, string Responsibilities, string Liked, string Disliked, int Fit);

    private static readonly Talk[] Talks =
    [
        new(30, "Lerato Mokoena", "Product manager", ["b:day-typical", "b:skills-most", "b:path-how", "b:hard-worst"],
            "Customer calls or support tickets in the morning, specs and backlog grooming with the payments team in the afternoon. A lot of Slack.",
            "Deciding what the payments team builds next and why; the quarterly roadmap; saying no to stakeholders.",
            "Talking to customers and seeing the why behind a feature. I already enjoy writing tickets that make sense to others.",
            "Very meeting-heavy, no code at all, and her success depends on other people's work.", 4),
        new(23, "Pieter van Wyk", "QA and test engineering", ["b:day-typical", "b:skills-dev", "b:hard-leave"],
            "Writes Playwright tests, runs an exploratory testing session before each release, triages the bugs that come in.",
            "The release sign-off and the test strategy for three squads.",
            "Still technical, and he gets to break things on purpose.",
            "QA is squeezed at the end of every sprint and treated as a gate rather than part of the team.", 2),
        new(16, "Naledi Dube", "Design (UX and UI)", ["b:day-people", "b:skills-most", "b:hard-surprise"],
            "Research interviews, Figma prototypes, and a usability test with five users every second Friday.",
            "The onboarding flow's design and the components of the design system.",
            "Watching the usability test: seeing people struggle with our sign-up form was eye-opening.",
            "The critique sessions felt intense, and I have no visual design background to lean on.", 3),
        new(9, "Sam Okafor", "Developer relations", ["b:day-typical", "b:path-how", "b:path-start", "b:hard-worst"],
            "Tutorials and sample apps, answering questions on the community forum, a talk or a meetup most months.",
            "The developer experience of the public API: docs, SDK samples, and feedback from the community to the product team.",
            "A mix of code, writing and people. He still ships small apps every week.",
            "Evening events and some travel; impact is hard to measure.", 4),
        new(3, "Anele Khumalo", "Product manager", ["b:day-typical", "b:skills-dev", "b:path-start", "o:"],
            "Runs discovery for a new lending product: customer interviews, numbers from the analytics team, a weekly prototype review.",
            "Framing the problem and setting the success metrics for the team's quarter.",
            "Discovery feels like debugging, but for a business problem. She moved over from engineering too, two years ago.",
            "The politics of prioritising across teams.", 5),
    ];

    public void Add(IReadOnlyDictionary<string, ThriveUser> people, IReadOnlyDictionary<string, Guid> goals)
    {
        var owner = people[Email].Id;
        var own = RoleQuestion.Add(programmeId, owner, QuestionGroup.PathIn, "What would you tell a developer thinking of moving into your role?", now.AddDays(-20)).Value!;
        db.RoleQuestions.Add(own);
        var bank = RoleCatalogue.Questions.ToDictionary(q => q.Key, q => q.Text);
        bank["o:"] = own.Text;
        var facts = new List<ConversationFact>();
        foreach (var t in Talks)
        {
            var day = today.AddDays(-t.DaysAgo);
            var c = RoleConversation.Log(programmeId, owner, new ConversationDetails(t.Person, t.Role, day, t.Asked.Select(k => bank[k]).ToList(),
                t.DayToDay, t.Responsibilities, t.Liked, t.Disliked, t.Fit), today, now.AddDays(-t.DaysAgo)).Value!;
            db.RoleConversations.Add(c);
            facts.Add(new ConversationFact(c.RoleKey, c.Role, c.HeldOn, c.Fit, c.PersonName));
        }
        // The goal's measure follows the count, as logging does in the app; the weekly coffee commitment arranges the next one.
        var goal = goals[Email];
        var exploration = RoleExploration.Start(programmeId, owner, now);
        exploration.FollowGoal(goal, now);
        if (db.Commitments.Local.FirstOrDefault(c => c.OwnerId == owner) is { } coffee) exploration.Committed(coffee.Id, now);
        db.RoleExplorations.Add(exploration);
        var baseline = db.Goals.Local.First(g => g.Id == goal).Smart.Baseline;
        foreach (var p in RolesMap.GoalPoints(baseline, facts))
            db.MeasureEntries.Add(MeasureEntry.FromRoleConversations(goal, p.Date, p.Value, p.Note, owner, now));
    }
}
