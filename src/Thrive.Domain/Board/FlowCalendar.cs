namespace Thrive.Domain.Board;

/// <summary>
/// Local days and weeks as UTC instants. A range's day or week starts are computed once, so bucketing an instant is
/// a binary search rather than a time-zone conversion. Across daylight-saving changes days last 23 or 25 hours; a
/// midnight skipped by a spring-forward gap starts the day at the jump, an ambiguous midnight at its first occurrence.
/// </summary>
internal static class FlowCalendar
{
    public static DateOnly LocalDate(DateTimeOffset at, TimeZoneInfo tz) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, tz).DateTime);

    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-DaysSinceMonday(day));

    /// <summary>The first Monday on or after <paramref name="day"/>.</summary>
    public static DateOnly NextWeekStart(DateOnly day) => day.AddDays((7 - DaysSinceMonday(day)) % 7);

    public static long DayStartTicks(DateOnly day, TimeZoneInfo tz)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        while (tz.IsInvalidTime(local)) local = local.AddMinutes(1);
        var offset = tz.IsAmbiguousTime(local) ? tz.GetAmbiguousTimeOffsets(local).Max() : tz.GetUtcOffset(local);
        return local.Ticks - offset.Ticks;
    }

    /// <summary>UTC ticks at which <paramref name="count"/> days (or weeks, with a step of 7) start, from <paramref name="first"/> on.</summary>
    public static long[] Starts(DateOnly first, int count, int stepDays, TimeZoneInfo tz)
    {
        var starts = new long[Math.Max(count, 0)];
        for (var i = 0; i < starts.Length; i++) starts[i] = DayStartTicks(first.AddDays(i * stepDays), tz);
        return starts;
    }

    /// <summary>How many entries of the ascending array are at or before <paramref name="ticks"/>: the upper bound.</summary>
    public static int CountAtOrBefore(long[] sorted, long ticks)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= ticks) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The bucket of an instant given bucket starts plus the end of the last bucket; -1 outside the range.</summary>
    public static int Bucket(long[] bounds, long ticks)
    {
        var i = CountAtOrBefore(bounds, ticks) - 1;
        return i >= 0 && i < bounds.Length - 1 ? i : -1;
    }

    private static int DaysSinceMonday(DateOnly day) => ((int)day.DayOfWeek + 6) % 7;
}
