namespace Thrive.Web.Features.Demo;

/// <summary>
/// The seed's weekly commitments with a few weeks of check-ins: problem sets (the measure of the DS&amp;A goal), meeting
/// other roles, days off, and a weekly stress rating that aims down.
/// </summary>
internal sealed class DemoHabits(ThriveDbContext db, Guid programmeId, DateOnly today, DateTimeOffset now)
{
    public void Add(IReadOnlyDictionary<string, ThriveUser> people, IReadOnlyDictionary<string, Guid> goals)
    {
        Weekly(people["dsa.mentee@thrive.test"].Id, goals["dsa.mentee@thrive.test"],
            new CommitmentDetails(CommitmentForm.ImplementationIntention, "solve at least one LeetCode problem set", "19:00 on Wednesdays", "the study room at home", null, 1, HabitPeriod.Week, CommitmentKind.YesNo,
                Feed: GoalFeed.CountCheckIns),
            weeksKept: 5, missedWeeksAgo: [], notes: ["First one done", "Two pointers finally clicked", "Needed a hint on the sliding window", "", "Explained the solution aloud to myself"]);
        Weekly(people["careers.mentee@thrive.test"].Id, goals["careers.mentee@thrive.test"],
            new CommitmentDetails(CommitmentForm.HabitStacking, "book a coffee with someone from another role", null, null, "the Monday stand-up", 1, HabitPeriod.Week, CommitmentKind.YesNo),
            weeksKept: 5, missedWeeksAgo: [2]);
        Weekly(people["patterns.mentee@thrive.test"].Id, goals["patterns.mentee@thrive.test"],
            new CommitmentDetails(CommitmentForm.ImplementationIntention, "take a full day off from code", "the weekend", "the garden or on the beach", null, 1, HabitPeriod.Week, CommitmentKind.YesNo),
            weeksKept: 5, missedWeeksAgo: [1, 2]);
        // Johan rates his stress each Friday against a limit of 4: heavy release weeks, then calmer ones, with notes.
        Weekly(people["patterns.mentee@thrive.test"].Id, goals["patterns.mentee@thrive.test"],
            new CommitmentDetails(CommitmentForm.HabitStacking, "rate my stress from 0 to 10 and write one line about why", null, null, "the Friday retro", 1, HabitPeriod.Week,
                CommitmentKind.Number, 4m, "out of 10", Direction: HabitDirection.AtMost),
            weeksKept: 6, missedWeeksAgo: [], values: [7, 8, 6, 5, 4, 3],
            notes: ["Release week and two stacks at once", "On call and a production bug at 2 a.m.", "Said no to one extra ticket", "Weekend fully off, no laptop", "Planned the week with my mentor", "Walked at lunch every day"]);
    }

    /// <summary>
    /// A weekly commitment started weeks ago. The domain only allows starts and check-ins up to a week back, so the
    /// demo writes the historic dates straight onto the tracked entities.
    /// </summary>
    private void Weekly(Guid owner, Guid goal, CommitmentDetails details, int weeksKept, int[] missedWeeksAgo, decimal[]? values = null, string[]? notes = null)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var start = monday.AddDays(-7 * weeksKept);
        var c = Commitment.Create(programmeId, owner, details with { GoalId = goal }, today, today, now.AddDays(-7 * weeksKept)).Value!;
        db.Commitments.Add(c);
        db.Entry(c).Property(nameof(Commitment.StartDate)).CurrentValue = start;
        var checkIns = new List<CheckIn>();
        for (var w = weeksKept; w >= 1; w--)
        {
            if (missedWeeksAgo.Contains(w)) continue;
            var i = weeksKept - w;
            var day = monday.AddDays(-7 * w + (c.Form == CommitmentForm.HabitStacking ? 4 : 2)); // the Wednesday (or the Friday) w weeks ago
            var checkIn = CheckIn.Record(c, today, values?[i] ?? 1, notes?[i] ?? (w == weeksKept ? "First one done" : null), today, now.AddDays(-7 * w)).Value!;
            db.CheckIns.Add(checkIn);
            db.Entry(checkIn).Property(nameof(CheckIn.Date)).CurrentValue = day;
            checkIns.Add(checkIn);
        }
        // A commitment that is its goal's measure writes the goal's values, as checking in does in the app.
        var baseline = db.Goals.Local.First(g => g.Id == goal).Smart.Baseline;
        foreach (var p in HabitStats.GoalPoints(c, baseline, checkIns))
            db.MeasureEntries.Add(MeasureEntry.FromCommitment(goal, c.Id, p.Date, p.Value, p.Note, owner, now));
    }
}
