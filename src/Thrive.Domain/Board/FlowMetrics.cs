namespace Thrive.Domain.Board;

/// <summary>
/// Kanban flow metrics (as in Kanboard and ActionableAgile) computed from task histories alone: pure, no I/O,
/// time and randomness passed in. A task's current kind is its initial kind, then the kind of its last move.
/// Empty input gives empty series and NotEnoughData, never an exception.
/// </summary>
public static partial class FlowMetrics
{
    /// <summary>The Monday on or before <paramref name="day"/>: where a week starts.</summary>
    public static DateOnly WeekStart(DateOnly day) => FlowCalendar.WeekStart(day);

    /// <summary>Created to done, in days, for tasks done now; oldest done first.</summary>
    public static IReadOnlyList<FlowTime> LeadTimes(IReadOnlyList<TaskFlow> flows) => Times(flows, lead: true);

    /// <summary>First entry into InProgress to done, in days; tasks never in progress have none. Oldest done first.</summary>
    public static IReadOnlyList<FlowTime> CycleTimes(IReadOnlyList<TaskFlow> flows) => Times(flows, lead: false);

    /// <summary>
    /// The <paramref name="p"/>th percentile (0 to 100) by linear interpolation between closest ranks (Excel's
    /// PERCENTILE.INC, R's type 7): p 0 is the minimum, p 100 the maximum, and it never falls as p rises.
    /// Null for an empty list.
    /// </summary>
    public static double? Percentile(IReadOnlyList<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckPercent(p);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return PercentileOfSorted(sorted, p);
    }

    /// <summary>Tasks in progress now, oldest first start first; too big when older than <paramref name="tooBigDays"/>.</summary>
    public static IReadOnlyList<AgeingTask> AgeingWork(IReadOnlyList<TaskFlow> flows, DateTimeOffset now, double tooBigDays = 5)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var timeline = new FlowTimeline();
        var ageing = new List<AgeingTask>();
        for (var i = 0; i < flows.Count; i++)
        {
            var facts = timeline.Load(flows[i]);
            AddAgeing(ageing, flows[i].TaskId, facts, now, tooBigDays);
        }
        SortAgeing(ageing);
        return ageing;
    }

    /// <summary>Cycle times as scatter points with the 50th and 85th percentile lines.</summary>
    public static CycleTimeScatter Scatter(IReadOnlyList<TaskFlow> flows) => ScatterOf(Times(flows, lead: false));

    internal static CycleTimeScatter ScatterOf(List<FlowTime> cycleTimes)
    {
        var sorted = SortedDays(cycleTimes);
        return new CycleTimeScatter(cycleTimes, PercentileOfSorted(sorted, 50), PercentileOfSorted(sorted, 85));
    }

    internal static FlowPercentiles PercentilesOf(double[] sortedDays) =>
        new(PercentileOfSorted(sortedDays, 50), PercentileOfSorted(sortedDays, 85), PercentileOfSorted(sortedDays, 95));

    internal static double[] SortedDays(List<FlowTime> times)
    {
        var days = new double[times.Count];
        for (var i = 0; i < days.Length; i++) days[i] = times[i].Days;
        Array.Sort(days);
        return days;
    }

    internal static double? PercentileOfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty) return null;
        var rank = (sorted.Length - 1) * p / 100;
        var below = Math.Min((int)rank, sorted.Length - 1);
        if (below == sorted.Length - 1) return sorted[below];
        var value = sorted[below] + (rank - below) * (sorted[below + 1] - sorted[below]);
        return Math.Min(value, sorted[below + 1]); // rounding must not overshoot the next rank: keeps p monotone
    }

    internal static void AddAgeing(List<AgeingTask> ageing, Guid taskId, TaskFacts facts, DateTimeOffset now, double tooBigDays)
    {
        if (facts.Kind != ColumnKind.InProgress || facts.StartedAt is not { } started) return;
        var age = Math.Max(0, TaskFacts.Days(started, now));
        ageing.Add(new AgeingTask(taskId, started, age, age > tooBigDays));
    }

    internal static void SortAgeing(List<AgeingTask> ageing) => ageing.Sort(static (a, b) =>
    {
        var byStart = a.StartedAt.UtcTicks.CompareTo(b.StartedAt.UtcTicks);
        return byStart != 0 ? byStart : a.TaskId.CompareTo(b.TaskId);
    });

    internal static void SortByDoneAt(List<FlowTime> times) => times.Sort(static (a, b) =>
    {
        var byDone = a.DoneAt.UtcTicks.CompareTo(b.DoneAt.UtcTicks);
        return byDone != 0 ? byDone : a.TaskId.CompareTo(b.TaskId);
    });

    internal static void CheckPercent(double p)
    {
        if (!(p >= 0 && p <= 100)) throw new ArgumentOutOfRangeException(nameof(p), p, "A percentile is between 0 and 100.");
    }

    private static List<FlowTime> Times(IReadOnlyList<TaskFlow> flows, bool lead)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var timeline = new FlowTimeline();
        var times = new List<FlowTime>();
        for (var i = 0; i < flows.Count; i++)
        {
            var facts = timeline.Load(flows[i]);
            if ((lead ? facts.LeadTime(flows[i].TaskId) : facts.CycleTime(flows[i].TaskId)) is { } time) times.Add(time);
        }
        SortByDoneAt(times);
        return times;
    }
}
