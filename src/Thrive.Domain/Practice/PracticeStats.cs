using Thrive.Domain.Commitments;

namespace Thrive.Domain.Practice;

/// <summary>One Monday-start week of the log: how many problems were solved in it.</summary>
public sealed record PracticeWeek(DateOnly WeekStart, int Solved);

/// <summary>How many logged problems touch a topic.</summary>
public sealed record TopicCount(PracticeTopic Topic, int Problems);

/// <summary>Weekly counts, topic coverage and the weekly target of a practice log. Pure: today is passed in.</summary>
public static class PracticeStats
{
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The last <paramref name="weeks"/> Monday-start weeks up to the one holding today, oldest first, with the problems solved in each.</summary>
    public static IReadOnlyList<PracticeWeek> Weekly(IEnumerable<DateOnly> solvedOn, DateOnly today, int weeks)
    {
        var thisWeek = WeekStart(today);
        var counts = solvedOn.Where(d => d <= today).GroupBy(WeekStart).ToDictionary(g => g.Key, g => g.Count());
        return Enumerable.Range(0, weeks).Select(i => thisWeek.AddDays(-7 * (weeks - 1 - i)))
            .Select(w => new PracticeWeek(w, counts.GetValueOrDefault(w))).ToList();
    }

    /// <summary>Every topic of the standard list with the number of problems touching it, in the list's order.</summary>
    public static IReadOnlyList<TopicCount> Coverage(IEnumerable<PracticeTopic> problems)
    {
        var list = problems.ToList();
        return PracticeTopics.All.Select(t => new TopicCount(t, list.Count(p => (p & t) == t))).ToList();
    }

    /// <summary>The topics no problem has touched yet ("other" is never a gap to fill).</summary>
    public static IReadOnlyList<PracticeTopic> Untouched(IEnumerable<TopicCount> coverage) =>
        coverage.Where(c => c.Problems == 0 && c.Topic != PracticeTopic.Other).Select(c => c.Topic).ToList();

    /// <summary>
    /// A commitment's target as problems a week: its times per period (a number commitment: times the target of each
    /// check-in), a day's times seven, a month's spread over its weeks (rounded up, at least one).
    /// </summary>
    public static int WeeklyTargetOf(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var perPeriod = commitment.Kind == CommitmentKind.Number ? commitment.Times * commitment.Target : commitment.Times;
        var perWeek = commitment.Period switch
        {
            HabitPeriod.Day => perPeriod * 7,
            HabitPeriod.Month => perPeriod * 12 / 52,
            _ => perPeriod,
        };
        return (int)Math.Clamp(Math.Ceiling(perWeek), 1, 10_000);
    }
}
