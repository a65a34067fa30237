namespace Thrive.Domain.Board;

/// <summary>Series by day and by week, bucketed in the board's time zone (UTC when none is given).</summary>
public static partial class FlowMetrics
{
    /// <summary>
    /// Tasks done (and still done) in each of <paramref name="weeks"/> weeks, weeks with none included. Weeks start on
    /// Monday 00:00 local time; a <paramref name="fromWeekStart"/> that is not a Monday means the Monday of its week.
    /// </summary>
    public static IReadOnlyList<WeekCount> WeeklyThroughput(IReadOnlyList<TaskFlow> flows, DateOnly fromWeekStart, int weeks, TimeZoneInfo? tz = null)
    {
        ArgumentNullException.ThrowIfNull(flows);
        if (weeks <= 0) return [];
        var from = FlowCalendar.WeekStart(fromWeekStart);
        var bounds = FlowCalendar.Starts(from, weeks + 1, 7, tz ?? TimeZoneInfo.Utc);
        var done = new int[weeks];
        var timeline = new FlowTimeline();
        for (var i = 0; i < flows.Count; i++)
        {
            if (timeline.Load(flows[i]).DoneAt is not { } doneAt) continue;
            var week = FlowCalendar.Bucket(bounds, doneAt.UtcTicks);
            if (week >= 0) done[week]++;
        }
        return WeekCounts(from, done, 0, weeks);
    }

    /// <summary>Tasks in progress at the end of each day of the range (local time).</summary>
    public static IReadOnlyList<WipDay> WorkInProgress(IReadOnlyList<TaskFlow> flows, DateOnly fromDay, int days, TimeZoneInfo? tz = null) =>
        WipOf(Cfd(flows, fromDay, days, tz));

    /// <summary>Tasks in ToDo, InProgress and Done at the end of each day of the range; tasks not yet created do not count.</summary>
    public static IReadOnlyList<CfdDay> CumulativeFlow(IReadOnlyList<TaskFlow> flows, DateOnly fromDay, int days, TimeZoneInfo? tz = null) =>
        Cfd(flows, fromDay, days, tz);

    /// <summary>Median cycle time of the tasks done in each week of the range, for a chart; null for weeks with none.</summary>
    public static IReadOnlyList<WeekMedian> WeeklyMedianCycleTime(IReadOnlyList<TaskFlow> flows, DateOnly fromWeekStart, int weeks, TimeZoneInfo? tz = null)
    {
        if (weeks <= 0) return [];
        var from = FlowCalendar.WeekStart(fromWeekStart);
        var bounds = FlowCalendar.Starts(from, weeks + 1, 7, tz ?? TimeZoneInfo.Utc);
        return WeeklyMedians(from, bounds, Times(flows, lead: false));
    }

    internal static WeekCount[] WeekCounts(DateOnly firstWeek, int[] done, int offset, int weeks)
    {
        var counts = new WeekCount[weeks];
        for (var i = 0; i < weeks; i++) counts[i] = new WeekCount(firstWeek.AddDays(7 * (offset + i)), done[offset + i]);
        return counts;
    }

    internal static WipDay[] WipOf(CfdDay[] cfd)
    {
        var wip = new WipDay[cfd.Length];
        for (var i = 0; i < cfd.Length; i++) wip[i] = new WipDay(cfd[i].Day, cfd[i].InProgress);
        return wip;
    }

    /// <summary>Groups the times by week (a counting sort), then sorts each week's few values for its median.</summary>
    internal static WeekMedian[] WeeklyMedians(DateOnly from, long[] bounds, List<FlowTime> times)
    {
        var weeks = bounds.Length - 1;
        var next = new int[weeks + 1];
        var weekOf = new int[times.Count];
        for (var i = 0; i < times.Count; i++)
        {
            weekOf[i] = FlowCalendar.Bucket(bounds, times[i].DoneAt.UtcTicks);
            if (weekOf[i] >= 0) next[weekOf[i] + 1]++;
        }
        for (var w = 0; w < weeks; w++) next[w + 1] += next[w];
        var days = new double[next[weeks]];
        var fill = next[..weeks];
        for (var i = 0; i < times.Count; i++)
        {
            if (weekOf[i] >= 0) days[fill[weekOf[i]]++] = times[i].Days;
        }
        var medians = new WeekMedian[weeks];
        for (var w = 0; w < weeks; w++)
        {
            var span = days.AsSpan(next[w], next[w + 1] - next[w]);
            span.Sort();
            medians[w] = new WeekMedian(from.AddDays(7 * w), span.Length, PercentileOfSorted(span, 50));
        }
        return medians;
    }

    private static CfdDay[] Cfd(IReadOnlyList<TaskFlow> flows, DateOnly fromDay, int days, TimeZoneInfo? tz)
    {
        ArgumentNullException.ThrowIfNull(flows);
        if (days <= 0) return [];
        var counter = new DayEndCounter(fromDay, days, tz ?? TimeZoneInfo.Utc);
        var timeline = new FlowTimeline();
        for (var i = 0; i < flows.Count; i++)
        {
            timeline.Load(flows[i]);
            counter.Add(flows[i], timeline.Moves);
        }
        return counter.Days();
    }
}
