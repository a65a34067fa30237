using Thrive.Domain.Commitments;

namespace Thrive.Domain.Groups;

/// <summary>One step of a member's progress in a group, on the member's own day: a part read (with its chapters) or a meeting attended.</summary>
public sealed record GroupStep(DateOnly Date, int Chapters, string What);

/// <summary>How a group moves the measure of a goal it backs.</summary>
public static class GroupGoal
{
    /// <summary>
    /// The values the member's steps give the goal's measure, one per day with a step, oldest first: the goal's
    /// baseline plus the chapters, parts or meetings counted up to that day, noted with what was done.
    /// </summary>
    public static IReadOnlyList<GoalPoint> Points(decimal? baseline, GoalFollows follows, IEnumerable<GroupStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var count = baseline ?? 0m;
        var points = new List<GoalPoint>();
        foreach (var day in steps.GroupBy(s => s.Date).OrderBy(g => g.Key))
        {
            count += follows == GoalFollows.ChaptersRead ? day.Sum(s => s.Chapters) : day.Count();
            var note = string.Join("; ", day.Select(s => s.What).Order(StringComparer.Ordinal));
            points.Add(new GoalPoint(day.Key, count, note.Length > 200 ? note[..199] + "…" : note));
        }
        return points;
    }

    /// <summary>How the goal page names what the group counts.</summary>
    public static string Counts(GoalFollows follows) => follows switch
    {
        GoalFollows.ChaptersRead => "chapters read",
        GoalFollows.PartsRead => "parts read",
        _ => "meetings attended",
    };
}
