namespace Thrive.Domain.Commitments;

/// <summary>One value a commitment gives its goal's measure on a day, with the check-in's note.</summary>
public sealed record GoalPoint(DateOnly Date, decimal Value, string Note);

/// <summary>A check-in reduced to what feeding a goal reads.</summary>
public readonly record struct DayEntry(DateOnly Date, decimal Value, string Note);

public static partial class HabitStats
{
    /// <summary>
    /// The measure values a commitment gives its goal, one per day, oldest first: counting, the goal's baseline plus
    /// the check-ins met so far on each day a check-in met the commitment; with a value, each check-in's value. The
    /// goal's measure is these points, so a check-in added, changed or undone moves it without typing it twice.
    /// </summary>
    public static IReadOnlyList<GoalPoint> GoalPoints(GoalFeed feed, HabitSchedule s, decimal? baseline, IEnumerable<DayEntry> checkIns)
    {
        ArgumentNullException.ThrowIfNull(s);
        var days = checkIns.Where(x => x.Date >= s.StartDate).OrderBy(x => x.Date).ToList();
        switch (feed)
        {
            case GoalFeed.CheckInValue:
                return days.Select(x => new GoalPoint(x.Date, x.Value, x.Note)).ToList();
            case GoalFeed.CountCheckIns:
                var count = baseline ?? 0m;
                var points = new List<GoalPoint>();
                foreach (var x in days.Where(x => s.Meets(x.Value)))
                    points.Add(new GoalPoint(x.Date, ++count, x.Note));
                return points;
            default:
                return [];
        }
    }

    public static IReadOnlyList<GoalPoint> GoalPoints(Commitment c, decimal? baseline, IEnumerable<CheckIn> checkIns)
    {
        ArgumentNullException.ThrowIfNull(c);
        return GoalPoints(c.Feed, c.Schedule, baseline, checkIns.Select(x => new DayEntry(x.Date, x.Value, x.Note)));
    }
}
