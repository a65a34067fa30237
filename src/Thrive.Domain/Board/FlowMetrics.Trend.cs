namespace Thrive.Domain.Board;

/// <summary>"Is my time-to-completion going down?": a least-squares line through cycle time against done date.</summary>
public static partial class FlowMetrics
{
    /// <summary>Fewer cycle times than this say nothing about a trend.</summary>
    public const int TrendMinimumTasks = 4;

    /// <summary>Two-sided 5% critical values of Student's t by degrees of freedom 1 to 30.</summary>
    private static readonly double[] TCritical =
    [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];

    /// <summary>The trend of the cycle times of the given tasks.</summary>
    public static FlowTrend Trend(IReadOnlyList<TaskFlow> flows, double flatSlopeDaysPerWeek = 0.1) =>
        TrendOf(Times(flows, lead: false), flatSlopeDaysPerWeek);

    /// <summary>
    /// Slope in days per week, a 5% t-test of it, and the medians of the earlier and later halves. Falling or Rising
    /// only when the slope is significant and at least <paramref name="flatSlopeDaysPerWeek"/>; fewer than
    /// <see cref="TrendMinimumTasks"/> cycle times give NotEnoughData.
    /// </summary>
    public static FlowTrend Trend(IReadOnlyList<FlowTime> cycleTimes, double flatSlopeDaysPerWeek = 0.1)
    {
        ArgumentNullException.ThrowIfNull(cycleTimes);
        var sorted = cycleTimes.ToList();
        SortByDoneAt(sorted);
        return TrendOf(sorted, flatSlopeDaysPerWeek);
    }

    /// <summary>The trend of times already sorted by done instant.</summary>
    internal static FlowTrend TrendOf(List<FlowTime> times, double flatSlopeDaysPerWeek)
    {
        var n = times.Count;
        if (n < TrendMinimumTasks) return new FlowTrend(TrendVerdict.NotEnoughData, n, 0, false, null, null);
        var (slope, significant) = Regression(times);
        var verdict = !significant || Math.Abs(slope) < flatSlopeDaysPerWeek ? TrendVerdict.Flat
            : slope < 0 ? TrendVerdict.Falling : TrendVerdict.Rising;
        var half = n / 2;
        return new FlowTrend(verdict, n, slope, significant, MedianDays(times, 0, half), MedianDays(times, n - half, half));
    }

    private static (double Slope, bool Significant) Regression(List<FlowTime> times)
    {
        var n = times.Count;
        var origin = times[0].DoneAt;
        double meanX = 0, meanY = 0;
        foreach (var t in times)
        {
            meanX += Weeks(origin, t.DoneAt);
            meanY += t.Days;
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0, sxy = 0;
        foreach (var t in times)
        {
            var dx = Weeks(origin, t.DoneAt) - meanX;
            sxx += dx * dx;
            sxy += dx * (t.Days - meanY);
        }
        if (sxx <= 0) return (0, false); // all done at one instant: no line
        var slope = sxy / sxx;
        double residuals = 0;
        foreach (var t in times)
        {
            var r = t.Days - (meanY + slope * (Weeks(origin, t.DoneAt) - meanX));
            residuals += r * r;
        }
        var standardError = Math.Sqrt(residuals / (n - 2) / sxx);
        var significant = standardError <= 1e-12 * Math.Max(1, Math.Abs(slope))
            ? Math.Abs(slope) > 1e-12
            : Math.Abs(slope) / standardError >= CriticalT(n - 2);
        return (slope, significant);
    }

    /// <summary>Table value for small samples; for larger ones the value at the tabulated degrees of freedom below (conservative).</summary>
    private static double CriticalT(int degreesOfFreedom) => degreesOfFreedom switch
    {
        <= 30 => TCritical[degreesOfFreedom - 1],
        < 40 => 2.042,
        < 60 => 2.021,
        < 120 => 2.000,
        _ => 1.980,
    };

    private static double Weeks(DateTimeOffset from, DateTimeOffset to) => TaskFacts.Days(from, to) / 7;

    private static double? MedianDays(List<FlowTime> times, int start, int count)
    {
        var days = new double[count];
        for (var i = 0; i < count; i++) days[i] = times[start + i].Days;
        Array.Sort(days);
        return PercentileOfSorted(days, 50);
    }
}
