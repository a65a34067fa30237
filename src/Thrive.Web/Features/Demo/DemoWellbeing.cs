namespace Thrive.Web.Features.Demo;

/// <summary>
/// Johan's wellbeing: five weekly check-ins through a heavy release-and-on-call stretch into calmer weeks (this week's
/// still to do), three stressors with coping strategies tried, a wins journal against imposter feelings, and what he
/// shares with Zanele: two check-ins, one stressor, two wins and his trend. He would like support from the coordinator.
/// </summary>
internal sealed class DemoWellbeing(ThriveDbContext db, Guid programmeId, DateOnly today, DateTimeOffset now)
{
    private sealed record Week(int WeeksAgo, int Stress, int Energy, int Sleep, int Rest, int Workload, int Wip, string Note, bool Shared);

    private static readonly Week[] Weeks =
    [
        new(5, 4, 2, 2, 1, 5, 4, "Release week and two stacks at once. Slept badly.", false),
        new(4, 5, 1, 1, 1, 5, 5, "On call, and the production bug at 2 a.m. Worked through the weekend.", true),
        new(3, 4, 3, 3, 2, 4, 3, "Said no to one extra ticket. Still tired.", false),
        new(2, 3, 3, 4, 4, 3, 2, "Weekend fully off, no laptop. Zanele was right.", true),
        new(1, 2, 4, 4, 4, 3, 2, "Planned the week with Zanele; walked at lunch every day.", false),
    ];

    private sealed record Strategy(string Text, CopingOutcome[] Tries);

    private sealed record Worry(string What, string When, string Triggers, bool Shared, Strategy[] Strategies);

    private static readonly Worry[] Stressors =
    [
        new("Release weeks", "Every second Thursday", "Two stacks at once and scope that changes on the last day", true,
            [new("Freeze my own scope on the Tuesday before", [CopingOutcome.Helped, CopingOutcome.Helped]),
             new("Ask for the release checklist a day early", [CopingOutcome.HelpedALittle])]),
        new("Comparing myself with senior colleagues in code review", "When a pull request gets many comments", "Feeling I should already know the pattern they mention", false,
            [new("Read each comment as about the code, not about me", [CopingOutcome.Helped, CopingOutcome.HelpedALittle, CopingOutcome.Helped]),
             new("Write down one thing I learned from the review", [])]),
        new("On-call nights", "One week a month", "Alerts on my phone after 22:00", false,
            [new("Swap the late shift for an early one", [CopingOutcome.DidNotHelp])]),
    ];

    private static readonly (int DaysAgo, string Text, string Doubt, bool Shared)[] Wins =
    [
        (20, "Refactored the pricing code with the Strategy pattern; the pull request was merged with one comment.", "I only know PHP and jQuery; I'm not a real JavaScript developer.", true),
        (12, "Explained the Observer pattern to a new colleague at the whiteboard, and she used it the same day.", "Everyone else already knows this.", true),
        (9, "Said no to an extra ticket in release week, and nothing broke.", "Saying no makes me look lazy.", false),
        (3, "Found the cause of the flaky checkout test.", "I just got lucky.", false),
    ];

    public void Add(IReadOnlyDictionary<string, ThriveUser> people)
    {
        var owner = people["patterns.mentee@thrive.test"].Id;
        foreach (var w in Weeks)
        {
            var friday = WellbeingCheckIn.WeekOf(today).AddDays(-7 * w.WeeksAgo + 4);
            var c = WellbeingCheckIn.Record(programmeId, owner, new CheckInAnswers(w.Stress, w.Energy, w.Sleep, w.Rest, w.Workload, w.Note, friday), w.Wip, today,
                now.AddDays(-7 * w.WeeksAgo)).Value!;
            c.Share(w.Shared, now.AddDays(-7 * w.WeeksAgo));
            db.WellbeingCheckIns.Add(c);
        }
        for (var i = 0; i < Stressors.Length; i++)
        {
            var s = Stressors[i];
            var stressor = Stressor.Name(programmeId, owner, new StressorDetails(s.What, s.When, s.Triggers), now.AddDays(-30 + i)).Value!;
            stressor.Share(s.Shared, now.AddDays(-30 + i));
            db.Stressors.Add(stressor);
            for (var j = 0; j < s.Strategies.Length; j++)
            {
                var strategy = CopingStrategy.Plan(stressor.Id, s.Strategies[j].Text, j, now.AddDays(-30 + i).AddMinutes(j)).Value!;
                var tries = s.Strategies[j].Tries;
                for (var t = 0; t < tries.Length; t++) strategy.Tried(tries[t], today.AddDays(-7 * (tries.Length - t)));
                db.CopingStrategies.Add(strategy);
            }
        }
        foreach (var (daysAgo, text, doubt, shared) in Wins)
        {
            var win = Win.Note(programmeId, owner, new WinDetails(text, doubt, today.AddDays(-daysAgo)), today, now.AddDays(-daysAgo)).Value!;
            win.Share(shared, now.AddDays(-daysAgo));
            db.Wins.Add(win);
        }
        var journal = WellbeingJournal.Start(programmeId, owner, now.AddDays(-26));
        journal.Set(shareSummary: true, wouldLikeSupport: true, now.AddDays(-4));
        db.WellbeingJournals.Add(journal);
    }
}
