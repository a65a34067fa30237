namespace Thrive.Web.Features.Demo;

/// <summary>
/// The demo mentees' SWOTs, goals, GROW worksheets and measure logs, told to fit their stories; and one goal of
/// a mentor, since mentors set goals too. Added to the context; the caller saves.
/// </summary>
internal sealed class DemoGoals(ThriveDbContext db, Guid programmeId, DateOnly programmeEnd, DateOnly today, DateTimeOffset now)
{
    private sealed record Story(string Email, string[] S, string[] W, string[] O, string[] T, string Template, decimal[] Weekly, string MentorEmail, string Comment, int GrowAnswered,
        string? Title = null, int? DueInDays = null, decimal? Target = null);

    private static readonly Story[] Stories =
    [
        new("mentee@thrive.test",
            ["Eye for design and detail", "Two years of React and CSS"], ["Overthinking before I start", "Disorganised when juggling tasks"],
            ["Company is hiring intermediate front-end developers", "Mentor who reviews my portfolio"], ["Bottlenecks in code review", "Imposter feelings in big meetings"],
            "intermediate-frontend", [5, 4.5m, 4, 3.5m], "mentor@thrive.test", "Your cycle time is falling nicely. Which task type still takes longest?", 20),
        new("aws.mentee@thrive.test",
            ["Python and SQL at work", "Exam voucher already in hand"], ["Little hands-on cloud experience"],
            ["Team is moving services to AWS", "Study group at work"], ["Busy release month at work"],
            "aws-certification", [], "mentor.cloud@thrive.test", "Book the exam date this week: a date makes the plan real.", 8,
            // The template names the entry-level exam; Sipho's voucher is for the associate one (DemoExam), on its date.
            "Pass the AWS Solutions Architect Associate exam (SAA-C03)", DemoExam.DaysToExam),
        new("dsa.mentee@thrive.test",
            ["Persistent when stuck", "Java fundamentals"], ["Data structures and algorithms", "Freezing in live coding"],
            ["Interview season next quarter"], ["Evenings taken by a side job"],
            "leetcode-weekly", [], "mentor.algo@thrive.test", "Five weeks, five sets: never missed twice. Try explaining one solution aloud next session.", 10),
        new("careers.mentee@thrive.test",
            ["Curious and easy to talk to"], ["Don't know what other roles involve"],
            ["Colleagues in product, design and data happy to chat"], ["Choosing a path too early"],
            "explore-roles", [], "mentor@thrive.test", "Who surprised you most so far? Write one line after each chat.", 6),
        new("bookclub.mentee@thrive.test",
            ["Sharp eye for flaws", "Four years of experience"], ["Critique comes across as harsh"],
            ["Book club with other Thrive mentors and mentees"], ["Team tension during crunch"],
            // The book club backs this goal: its measure counts the chapters of the club's twelve she has read (DemoGroups).
            "book-club-leadership", [], "mentor.lead@thrive.test", "Chapter 3 on vulnerability: what will you try at work this week?", 5, Target: 12),
        new("patterns.mentee@thrive.test",
            ["Broad experience across stacks"], ["Missed design patterns", "Stress when switching stacks"],
            ["Moving to a modern JavaScript stack at work"], ["Imposter syndrome", "Burning out by overdoing it"],
            "js-patterns-stress", [0, 1, 2, 3], "mentor.rest@thrive.test", "Three patterns in a month and a free weekend. That is the pace that lasts.", 12),
    ];

    /// <summary>The title of the demo goal made from a built-in template: the template's, unless the story names its own.</summary>
    public static string TitleOf(string template) =>
        Stories.FirstOrDefault(s => s.Template == template)?.Title ?? GoalTemplates.Find(template)!.Title;

    /// <summary>Adds everything and returns each mentee's main goal, for their board.</summary>
    public IReadOnlyDictionary<string, Guid> Add(IReadOnlyDictionary<string, ThriveUser> people)
    {
        var main = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var story in Stories)
        {
            var owner = people[story.Email].Id;
            people[story.Email].GoalHoursPerWeek = 6;
            var link = AddSwot(owner, story);
            var template = GoalTemplates.Find(story.Template)!;
            var details = GoalTemplates.ToDetails(template, today, programmeEnd);
            if (story.Title is { } title)
                details = details with { Title = title, Smart = details.Smart with { SpecificOutcome = title, TargetDate = today.AddDays(story.DueInDays ?? 0) } };
            if (story.Target is { } target) details = details with { Smart = details.Smart with { Target = target } };
            var goal = Goal.Create(programmeId, owner, details, activate: true, today, now.AddDays(-21)).Value!;
            db.Goals.Add(goal);
            main[story.Email] = goal.Id;
            db.GoalSwotLinks.Add(GoalSwotLink.Of(goal.Id, link.from.Id));
            db.GoalSwotLinks.Add(GoalSwotLink.Of(goal.Id, link.to.Id));
            db.GoalEvents.Add(GoalEvent.Of(goal.Id, owner, "Created the goal and started it", now.AddDays(-21)));
            for (var w = 0; w < story.Weekly.Length; w++)
            {
                var date = today.AddDays(-7 * (story.Weekly.Length - w));
                db.MeasureEntries.Add(MeasureEntry.Record(goal.Id, date, story.Weekly[w], w == 0 ? "Starting point" : "", owner, today, now).Value!);
            }
            AddGrow(goal, story.Email, story.GrowAnswered);
            db.GoalComments.Add(GoalComment.Write(goal.Id, people[story.MentorEmail].Id, story.Comment, now.AddDays(-3)).Value!);
        }

        // A draft from the DS&A mentee's SWOT, and a mentor's own goal.
        var thandi = people["dsa.mentee@thrive.test"].Id;
        db.Goals.Add(Goal.Create(programmeId, thandi, new GoalDetails("Explain my solution out loud in a mock interview", null, GoalCategory.Career, SmartFields.Empty),
            activate: false, today, now.AddDays(-2)).Value!);
        var zanele = people["mentor.rest@thrive.test"].Id;
        var mentorGoal = Goal.Create(programmeId, zanele, GoalTemplates.ToDetails(GoalTemplates.Find("active-listening")!, today, programmeEnd), activate: true, today, now.AddDays(-20)).Value!;
        db.Goals.Add(mentorGoal);
        db.MeasureEntries.Add(MeasureEntry.Record(mentorGoal.Id, today.AddDays(-14), 3, "Johan's first feedback", zanele, today, now).Value!);
        return main;
    }

    private (SwotItem from, SwotItem to) AddSwot(Guid owner, Story story)
    {
        var analysis = SwotAnalysis.Start(programmeId, owner, now.AddDays(-28));
        db.SwotAnalyses.Add(analysis);
        var first = SwotRevision.First(analysis.Id, now.AddDays(-28));
        var second = SwotRevision.Next(analysis.Id, 1, now.AddDays(-10));
        db.SwotRevisions.AddRange(first, second);
        // Revision 1 is the first draft; revision 2 adds what the mentor helped to see.
        db.SwotItems.AddRange(Items(first.Id, story.S.Take(1), story.W, story.O.Take(1), story.T.Take(1)));
        var items = Items(second.Id, story.S, story.W, story.O, story.T);
        db.SwotItems.AddRange(items);
        var from = items.First(i => i.Quadrant == SwotQuadrant.Strength);
        var to = items.First(i => i.Quadrant == SwotQuadrant.Opportunity);
        db.SwotLinks.Add(SwotLink.Connect(second.Id, from, to).Value!);
        var weak = items.First(i => i.Quadrant == SwotQuadrant.Weakness);
        var threat = items.First(i => i.Quadrant == SwotQuadrant.Threat);
        db.SwotLinks.Add(SwotLink.Connect(second.Id, weak, threat).Value!);
        return (from, to);
    }

    private static List<SwotItem> Items(Guid revision, IEnumerable<string> s, IEnumerable<string> w, IEnumerable<string> o, IEnumerable<string> t) =>
        new[] { (SwotQuadrant.Strength, s), (SwotQuadrant.Weakness, w), (SwotQuadrant.Opportunity, o), (SwotQuadrant.Threat, t) }
            .SelectMany(q => q.Item2.Select((text, i) => SwotItem.Of(revision, q.Item1, text, i))).ToList();

    /// <summary>Each mentee's own GROW answers, in their words (prompts 1, 2, 4 and 7 come from the goal itself).</summary>
    private static readonly Dictionary<string, Dictionary<int, string>> Voices = new(StringComparer.Ordinal)
    {
        ["mentee@thrive.test"] = new()
        {
            [3] = "I would take the front-end tickets nobody wants, and enjoy them.", [5] = "I stay a junior for another year and start to doubt myself.",
            [6] = "Finished the accessibility course and rebuilt my portfolio's navigation.", [8] = "Starting too many things at once.",
            [9] = "That my code is never clean enough to show.", [10] = "Being asked in review why I did something and not knowing.",
            [11] = "Split the design-system work into small cards; pair with a senior on one review a week.",
            [12] = "Pairing costs an hour a week and gives me fast feedback.", [13] = "A month off to build one polished open-source component library.",
            [14] = "Pick one card at a time and finish it.", [15] = "My eye for detail: I notice what others miss.",
            [GrowPrompts.FirstStep] = "Move one design-system card to Done before Friday.", [17] = "A release crunch at work.",
            [GrowPrompts.Accountability] = "Daan looks at my board at the start of every session.", [19] = "Keeping evenings free for rest.",
            [GrowPrompts.Celebration] = "A new sketchbook and an afternoon at the design museum.",
        },
        ["aws.mentee@thrive.test"] = new()
        {
            [3] = "I could lead our team's move to AWS instead of watching it.", [5] = "The voucher expires and the migration passes me by.",
            [6] = "Two practice tests and the free-tier labs on S3 and IAM.", [8] = "A busy release month at work.",
            [9] = "\"You are a data person, not a cloud person.\"", [10] = "Failing with the whole team knowing I took the exam.",
            [GrowPrompts.FirstStep] = "Book the exam date and put it on the team calendar.", [17] = "Putting off booking until I feel ready.",
            [GrowPrompts.Accountability] = "Post my practice-test score in the pair chat every Friday.", [19] = "Which domains the practice tests say I am weakest in.",
            [GrowPrompts.Celebration] = "Dinner at the Ethiopian place with the study group.",
        },
        ["dsa.mentee@thrive.test"] = new()
        {
            [3] = "I walk into interviews calm instead of hoping for easy questions.", [5] = "Another interview season where I freeze at the whiteboard.",
            [6] = "Five LeetCode sets, one a week.", [8] = "Evenings taken by my side job.", [9] = "That the others found these easy.",
            [10] = "Going blank while someone watches me code.",
            [GrowPrompts.FirstStep] = "Saturday morning, one set, phone in the other room.", [17] = "A late shift on Friday.",
            [GrowPrompts.Accountability] = "Tick the weekly commitment; Ruben asks about any week I miss.", [19] = "Explaining solutions aloud, not just solving them.",
            [GrowPrompts.Celebration] = "A new pair of running shoes.",
        },
        ["careers.mentee@thrive.test"] = new()
        {
            [3] = "I can say why I chose my next role, not just that it was offered.", [5] = "I drift into whatever comes next by default.",
            [6] = "Coffee chats with a product manager and a designer.",
            [GrowPrompts.FirstStep] = "Ask the data team's lead for thirty minutes.", [GrowPrompts.Accountability] = "One line in the role notes after each chat, read at the next session.",
            [GrowPrompts.Celebration] = "Lunch with everyone I talked to.",
        },
        ["bookclub.mentee@thrive.test"] = new()
        {
            [3] = "My team asks for my review because it helps, not fears it because it stings.", [5] = "I stay the critic people avoid.",
            [GrowPrompts.FirstStep] = "Read chapters 1 and 2 before the first book-club meeting.", [GrowPrompts.Accountability] = "Share one thing I tried at work at each book-club meeting.",
            [GrowPrompts.Celebration] = "Bake the whole book club a cake.",
        },
        ["patterns.mentee@thrive.test"] = new()
        {
            [3] = "Switching stacks feels like learning, not like drowning.", [5] = "I overwork to keep up and burn out by spring.",
            [6] = "Read the observer and module patterns; kept one weekend free.", [8] = "Trying to learn everything in one go.",
            [9] = "That twelve years of experience should make this easy.", [10] = "Being found out as out of date.",
            [11] = "One pattern a week in a small kata; no work after 19:00.", [12] = "Katas cost an evening and stick better than reading.",
            [GrowPrompts.FirstStep] = "Write the strategy pattern kata this Thursday.", [17] = "Saying yes to overtime.",
            [GrowPrompts.Accountability] = "Zanele checks my stress log and rest days every session.", [19] = "Rest counts as progress.",
            [GrowPrompts.Celebration] = "A weekend in the mountains with no laptop.",
        },
    };

    private void AddGrow(Goal goal, string email, int answered)
    {
        var voice = Voices.GetValueOrDefault(email) ?? [];
        string Answer(GrowPrompt p) => p.Number switch
        {
            1 => goal.Title,
            2 => goal.Smart.RelevanceReason,
            4 => goal.Smart.DoneCriterion.Length > 0 ? goal.Smart.DoneCriterion : $"{goal.Smart.Metric} reaches {goal.Smart.Target:0.##}",
            7 => goal.Smart.Resources,
            _ => voice.GetValueOrDefault(p.Number) ?? "",
        };
        foreach (var p in GrowPrompts.All.Take(answered).Concat(answered >= 16 ? [] : GrowPrompts.All.Where(p => p.Number is GrowPrompts.FirstStep or GrowPrompts.Accountability or GrowPrompts.Celebration)).Distinct())
            if (Answer(p) is { Length: > 0 } text) db.GrowAnswers.Add(GrowAnswer.Of(goal.Id, p.Number, text, now.AddDays(-20)));
        goal.SetWayForward(Answer(GrowPrompts.All[GrowPrompts.FirstStep - 1]), Answer(GrowPrompts.All[GrowPrompts.Accountability - 1]),
            Answer(GrowPrompts.All[GrowPrompts.Celebration - 1]), now.AddDays(-20));
    }
}
