namespace Thrive.Domain.Exams;

/// <summary>A practice test's day and overall score in percent.</summary>
public sealed record ScorePoint(DateOnly Day, int Percent);

/// <summary>What the trend of practice scores says.</summary>
public enum ForecastKind
{
    /// <summary>Fewer practice scores than a trend needs.</summary>
    NotEnoughScores,
    /// <summary>The trend already reaches the threshold.</summary>
    AtThreshold,
    /// <summary>Rising: the trend reaches the threshold on <see cref="Forecast.ReachesOn"/>.</summary>
    Rising,
    /// <summary>Flat or falling, or rising so slowly that a date would be a guess.</summary>
    FlatOrFalling,
}

/// <param name="Slope">The trend in percentage points per week.</param>
/// <param name="ReachesOn">The day the trend reaches the threshold, for a rising trend.</param>
public sealed record Forecast(ForecastKind Kind, int Scores, double Slope, DateOnly? ReachesOn)
{
    /// <summary>The trend reaches the threshold before the exam day (or is there already).</summary>
    public bool BeforeExam(DateOnly examOn) => Kind == ForecastKind.AtThreshold || (ReachesOn is { } d && d <= examOn);
}

/// <summary>A domain's average over the latest practice tests that scored it.</summary>
public sealed record DomainStanding(Guid DomainId, string Name, int Weight, double? Average, int Scored);

/// <summary>
/// Readiness for the exam from practice tests: a least-squares line through the scores by day, extended to the practice
/// threshold, and the weakest domain. Pure: today is passed in.
/// </summary>
public static class Readiness
{
    /// <summary>A trend needs at least this many scores.</summary>
    public const int MinScores = 3;
    /// <summary>Slower than this (points a week) is flat: the date it gives would be a guess.</summary>
    public const double FlatSlope = 0.25;
    /// <summary>A forecast further out than this is no forecast.</summary>
    public const int HorizonDays = 365;
    /// <summary>Each domain's standing is the average of its latest this many scores.</summary>
    public const int LatestForDomain = 3;

    public static Forecast Forecast(IReadOnlyList<ScorePoint> scores, int thresholdPercent, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var n = scores.Count;
        if (n < MinScores) return new(ForecastKind.NotEnoughScores, n, 0, null);
        var origin = scores.Min(s => s.Day.DayNumber);
        var xs = scores.Select(s => (double)(s.Day.DayNumber - origin)).ToList();
        var ys = scores.Select(s => (double)s.Percent).ToList();
        var mx = xs.Average();
        var my = ys.Average();
        var sxx = xs.Sum(x => (x - mx) * (x - mx));
        if (sxx == 0) return new(ForecastKind.NotEnoughScores, n, 0, null); // all on one day: no trend over time
        var slope = xs.Zip(ys, (x, y) => (x - mx) * (y - my)).Sum() / sxx;
        var intercept = my - slope * mx;
        var todayX = today.DayNumber - origin;
        var perWeek = Math.Round(slope * 7, 2);
        if (intercept + slope * todayX >= thresholdPercent) return new(ForecastKind.AtThreshold, n, perWeek, today);
        if (perWeek < FlatSlope) return new(ForecastKind.FlatOrFalling, n, perWeek, null);
        var days = (int)Math.Ceiling((thresholdPercent - intercept) / slope) - todayX;
        return days > HorizonDays ? new(ForecastKind.FlatOrFalling, n, perWeek, null) : new(ForecastKind.Rising, n, perWeek, today.AddDays(Math.Max(days, 1)));
    }

    /// <summary>
    /// Each domain's average over the latest <see cref="LatestForDomain"/> tests that scored it (tests oldest first), in the exam's order.
    /// </summary>
    public static IReadOnlyList<DomainStanding> Standings(IReadOnlyList<(Guid Id, string Name, int Weight)> domains, IReadOnlyList<IReadOnlyList<DomainScore>> testsOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(domains);
        ArgumentNullException.ThrowIfNull(testsOldestFirst);
        return domains.Select(d =>
        {
            var latest = testsOldestFirst.Reverse().SelectMany(t => t.Where(s => s.DomainId == d.Id)).Take(LatestForDomain).ToList();
            return new DomainStanding(d.Id, d.Name, d.Weight, latest.Count == 0 ? null : Math.Round(latest.Average(s => s.Percent), 1), latest.Count);
        }).ToList();
    }

    /// <summary>The domain with the lowest average; between equals, the one that weighs more in the exam. Null before any domain score.</summary>
    public static DomainStanding? Weakest(IReadOnlyList<DomainStanding> standings) =>
        standings.Where(s => s.Average is not null).OrderBy(s => s.Average).ThenByDescending(s => s.Weight).FirstOrDefault();
}
