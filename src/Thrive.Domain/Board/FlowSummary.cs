namespace Thrive.Domain.Board;

/// <summary>
/// Everything the flow metrics page shows, for the <see cref="Weeks"/> weeks from <see cref="FromWeekStart"/> up to
/// today's week (the current week is partial). Times, percentiles, scatter, trend and weekly medians cover the tasks
/// done in that window; ageing and the forecast describe now.
/// </summary>
public sealed record FlowSummary(
    DateOnly Today,
    DateOnly FromWeekStart,
    int Weeks,
    IReadOnlyList<WeekCount> Throughput,
    IReadOnlyList<CfdDay> CumulativeFlow,
    IReadOnlyList<WipDay> WorkInProgress,
    IReadOnlyList<AgeingTask> Ageing,
    IReadOnlyList<FlowTime> LeadTimes,
    FlowPercentiles LeadTimePercentiles,
    CycleTimeScatter CycleTimes,
    FlowPercentiles CycleTimePercentiles,
    FlowTrend Trend,
    IReadOnlyList<WeekMedian> WeeklyMedianCycleTime,
    FlowForecast Forecast);

public static partial class FlowMetrics
{
    /// <summary>The longest window a summary covers: ten years of weeks.</summary>
    public const int MaxSummaryWeeks = 520;

    /// <summary>
    /// Computes the whole metrics page in one pass over the histories. The forecast covers every task not done,
    /// with the seed of <paramref name="options"/>, so the same data gives the same page.
    /// </summary>
    public static FlowSummary Compute(IReadOnlyList<TaskFlow> flows, DateTimeOffset now, TimeZoneInfo? tz = null, int weeks = 12, FlowOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weeks, MaxSummaryWeeks);
        tz ??= TimeZoneInfo.Utc;
        options ??= FlowOptions.Default;
        Check(options.Forecast);

        var today = FlowCalendar.LocalDate(now, tz);
        var thisWeek = FlowCalendar.WeekStart(today);
        var from = thisWeek.AddDays(-7 * (weeks - 1));
        // Week buckets reach back far enough for the forecast's history of complete weeks, and include this week.
        var historyWeeks = options.Forecast.HistoryWeeks;
        var firstWeek = thisWeek.AddDays(-7 * Math.Max(weeks - 1, historyWeeks));
        var weekCount = (thisWeek.DayNumber - firstWeek.DayNumber) / 7 + 1;
        var bounds = FlowCalendar.Starts(firstWeek, weekCount + 1, 7, tz);
        var windowOffset = weekCount - weeks;
        var windowStart = bounds[windowOffset];

        var done = new int[weekCount];
        var cfd = new DayEndCounter(from, today.DayNumber - from.DayNumber + 1, tz);
        var leadTimes = new List<FlowTime>();
        var cycleTimes = new List<FlowTime>();
        var ageing = new List<AgeingTask>();
        var remaining = 0;
        var firstCreated = DateTimeOffset.MaxValue;
        var timeline = new FlowTimeline();
        for (var i = 0; i < flows.Count; i++)
        {
            var flow = flows[i];
            var facts = timeline.Load(flow);
            cfd.Add(flow, timeline.Moves);
            if (facts.CreatedAt < firstCreated) firstCreated = facts.CreatedAt;
            AddAgeing(ageing, flow.TaskId, facts, now, options.TooBigDays);
            if (facts.DoneAt is not { } doneAt)
            {
                remaining++;
                continue;
            }
            var ticks = doneAt.UtcTicks;
            if (FlowCalendar.Bucket(bounds, ticks) is var week and >= 0) done[week]++;
            if (ticks < windowStart) continue;
            leadTimes.Add(facts.LeadTime(flow.TaskId)!.Value);
            if (facts.CycleTime(flow.TaskId) is { } cycle) cycleTimes.Add(cycle);
        }

        SortByDoneAt(leadTimes);
        SortByDoneAt(cycleTimes);
        SortAgeing(ageing);
        var sortedCycleDays = SortedDays(cycleTimes);
        var days = cfd.Days();
        var history = done[..^1][^historyWeeks..];
        var seed = (ulong)(uint)options.ForecastSeed * 0x9E3779B97F4A7C15;
        return new FlowSummary(
            today, from, weeks,
            WeekCounts(firstWeek, done, windowOffset, weeks),
            days,
            WipOf(days),
            ageing,
            leadTimes,
            PercentilesOf(SortedDays(leadTimes)),
            new CycleTimeScatter(cycleTimes, PercentileOfSorted(sortedCycleDays, 50), PercentileOfSorted(sortedCycleDays, 85)),
            PercentilesOf(sortedCycleDays),
            TrendOf(cycleTimes, options.FlatSlopeDaysPerWeek),
            WeeklyMedians(from, bounds[windowOffset..], cycleTimes),
            ForecastOf(history, firstCreated, thisWeek, tz, flows.Count, remaining, today, seed, options.Forecast));
    }
}
