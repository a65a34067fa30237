namespace Thrive.Web.Features.Demo;

/// <summary>The seed's weekly commitments with a few weeks of check-ins: problem sets, and meeting other roles.</summary>
internal sealed class DemoHabits(ThriveDbContext db, Guid programmeId, DateOnly today, DateTimeOffset now)
{
    public void Add(IReadOnlyDictionary<string, ThriveUser> people, IReadOnlyDictionary<string, Guid> goals)
    {
        Weekly(people["dsa.mentee@thrive.test"].Id, goals["dsa.mentee@thrive.test"],
            new CommitmentDetails(CommitmentForm.ImplementationIntention, "solve at least one LeetCode problem set", "19:00 on Wednesdays", "the study room at home", null, 1, HabitPeriod.Week, CommitmentKind.YesNo),
            weeksKept: 5, missedWeeksAgo: []);
        Weekly(people["careers.mentee@thrive.test"].Id, goals["careers.mentee@thrive.test"],
            new CommitmentDetails(CommitmentForm.HabitStacking, "book a coffee with someone from another role", null, null, "the Monday stand-up", 1, HabitPeriod.Week, CommitmentKind.YesNo),
            weeksKept: 5, missedWeeksAgo: [2]);
        Weekly(people["patterns.mentee@thrive.test"].Id, goals["patterns.mentee@thrive.test"],
            new CommitmentDetails(CommitmentForm.ImplementationIntention, "take a full day off from code", "the weekend", "the garden or on the beach", null, 1, HabitPeriod.Week, CommitmentKind.YesNo),
            weeksKept: 5, missedWeeksAgo: [1, 2]);
    }

    /// <summary>
    /// A weekly commitment started weeks ago. The domain only allows starts and check-ins up to a week back, so the
    /// demo writes the historic dates straight onto the tracked entities.
    /// </summary>
    private void Weekly(Guid owner, Guid goal, CommitmentDetails details, int weeksKept, int[] missedWeeksAgo)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var start = monday.AddDays(-7 * weeksKept);
        var c = Commitment.Create(programmeId, owner, details with { GoalId = goal }, today, today, now.AddDays(-7 * weeksKept)).Value!;
        db.Commitments.Add(c);
        db.Entry(c).Property(nameof(Commitment.StartDate)).CurrentValue = start;
        for (var w = weeksKept; w >= 1; w--)
        {
            if (missedWeeksAgo.Contains(w)) continue;
            var day = monday.AddDays(-7 * w + 2); // the Wednesday of the week w weeks ago
            var checkIn = CheckIn.Record(c, today, 1, w == weeksKept ? "First one done" : null, today, now.AddDays(-7 * w)).Value!;
            db.CheckIns.Add(checkIn);
            db.Entry(checkIn).Property(nameof(CheckIn.Date)).CurrentValue = day;
        }
    }
}
