namespace Thrive.Domain.Board;

/// <summary>How long one done task took, in elapsed days (not working days), and when it was done.</summary>
public readonly record struct FlowTime(Guid TaskId, DateTimeOffset DoneAt, double Days);

/// <summary>Tasks done in the week that starts on <see cref="WeekStart"/>, a Monday in the board's time zone.</summary>
public readonly record struct WeekCount(DateOnly WeekStart, int Done);

/// <summary>Tasks in progress at the end of <see cref="Day"/> (in the board's time zone).</summary>
public readonly record struct WipDay(DateOnly Day, int InProgress);

/// <summary>One day of the cumulative flow diagram: tasks in each kind of column at the end of the day.</summary>
public readonly record struct CfdDay(DateOnly Day, int ToDo, int InProgress, int Done);

/// <summary>A task in progress: since when (its first start), how many days that is, and whether it is older than the threshold.</summary>
public readonly record struct AgeingTask(Guid TaskId, DateTimeOffset StartedAt, double AgeDays, bool TooBig);

/// <summary>The median cycle time of the tasks done in a week; null when none was done.</summary>
public readonly record struct WeekMedian(DateOnly WeekStart, int Tasks, double? MedianDays);

/// <summary>Percentiles of a list of times in days (linear interpolation); null when the list is empty.</summary>
public readonly record struct FlowPercentiles(double? P50, double? P85, double? P95);

/// <summary>Cycle times with their done instants (oldest first) and the 50th and 85th percentile lines.</summary>
public sealed record CycleTimeScatter(IReadOnlyList<FlowTime> Points, double? P50, double? P85);

/// <summary>Answer to "is my time-to-completion going down?".</summary>
public enum TrendVerdict { NotEnoughData, Falling, Flat, Rising }

/// <summary>
/// Least-squares slope of cycle time (days) against done date (weeks). <see cref="Significant"/> is a two-sided
/// t-test at 5%; the verdict is Flat when the slope is small or not significant. The halves are the earlier and
/// the later n/2 tasks by done date (the middle task of an odd count is in neither).
/// </summary>
public sealed record FlowTrend(
    TrendVerdict Verdict, int Tasks, double SlopeDaysPerWeek, bool Significant, double? FirstHalfMedianDays, double? SecondHalfMedianDays);

/// <summary>What a forecast could say: a date, "done already", too little history, or later than the horizon.</summary>
public enum ForecastStatus { Forecast, DoneAlready, NotEnoughData, BeyondHorizon }

/// <summary>
/// "The remaining tasks will be done by <see cref="ConfidentDate"/> with <see cref="Confidence"/>% confidence";
/// <see cref="MedianDate"/> is the 50% date. Dates are the Sunday that ends the last simulated week; week 1 starts
/// on the first Monday on or after today. A null date is beyond the horizon or not forecast.
/// </summary>
public sealed record FlowForecast(
    ForecastStatus Status, int Remaining, int HistoryWeeks, double Confidence,
    int? MedianWeeks, DateOnly? MedianDate, int? ConfidentWeeks, DateOnly? ConfidentDate);

/// <summary>Monte Carlo settings: runs, the confidence percentile, weeks of history sampled, and the longest forecast in weeks.</summary>
public sealed record ForecastOptions(int Runs = 10_000, double Confidence = 85, int HistoryWeeks = 12, int HorizonWeeks = 520)
{
    public static ForecastOptions Default { get; } = new();
}

/// <summary>Thresholds of the metrics page. The seed makes the forecast repeatable: the page does not jump on reload.</summary>
public sealed record FlowOptions(double TooBigDays = 5, double FlatSlopeDaysPerWeek = 0.1, int ForecastSeed = 1)
{
    public static FlowOptions Default { get; } = new();

    public ForecastOptions Forecast { get; init; } = ForecastOptions.Default;
}
