namespace Thrive.Domain.Commitments;

/// <summary>
/// One cell of a calendar heatmap: whether the day has a check-in, its value (0 when there was none) and whether it
/// met the commitment (one time's target, or stayed within a limit).
/// </summary>
public sealed record HeatmapDay(DateOnly Date, decimal Value, bool Met, bool CheckedIn = true);

public static partial class HabitStats
{
    public const int HeatmapMaxDays = 3_700;

    /// <summary>
    /// Each day from <paramref name="from"/> to <paramref name="to"/> inclusive. "Met" is the day's share of the
    /// commitment: for yes/no a check-in; for a number, a value reaching the target per check-in or within its limit.
    /// Empty when the range is reversed; at most about ten years.
    /// </summary>
    public static IReadOnlyList<HeatmapDay> Heatmap(HabitSchedule s, IEnumerable<DayValue> values, DateOnly from, DateOnly to)
    {
        if (to < from) return [];
        if (to.DayNumber - from.DayNumber >= HeatmapMaxDays) from = to.AddDays(-(HeatmapMaxDays - 1));
        var byDay = values.Where(v => v.Date >= from && v.Date <= to)
            .GroupBy(v => v.Date).ToDictionary(g => g.Key, g => g.Sum(v => v.Value));
        var days = new List<HeatmapDay>(to.DayNumber - from.DayNumber + 1);
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var checkedIn = byDay.TryGetValue(d, out var value);
            days.Add(new HeatmapDay(d, value, checkedIn && s.Meets(value), checkedIn));
        }
        return days;
    }

    public static IReadOnlyList<HeatmapDay> Heatmap(Commitment c, IEnumerable<CheckIn> checkIns, DateOnly from, DateOnly to) =>
        Heatmap(c.Schedule, checkIns.Select(x => new DayValue(x.Date, x.Value)), from, to);
}

/// <summary>A heatmap laid out as a calendar: one column per Monday-start week, with the month named where it begins.</summary>
public sealed record HeatmapWeek(DateOnly Monday, string? MonthLabel, IReadOnlyList<HeatmapDay?> Days);

public static partial class HabitStats
{
    /// <summary>
    /// The days in weeks (Monday first); days outside the range are null. A week is labelled with its month when it
    /// holds the first of that month, and the first week with its own month, so the labels read like a calendar.
    /// </summary>
    public static IReadOnlyList<HeatmapWeek> Weeks(IReadOnlyList<HeatmapDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0) return [];
        var byDate = days.ToDictionary(d => d.Date);
        var weeks = new List<HeatmapWeek>();
        for (var monday = HabitPeriods.StartOf(days[0].Date, HabitPeriod.Week); monday <= days[^1].Date; monday = monday.AddDays(7))
        {
            var cells = Enumerable.Range(0, 7).Select(i => byDate.GetValueOrDefault(monday.AddDays(i))).ToList();
            var first = cells.First(c => c is not null)!.Date;
            var newMonth = cells.FirstOrDefault(c => c is not null && c.Date.Day == 1)?.Date;
            var label = newMonth ?? (weeks.Count == 0 ? first : null);
            weeks.Add(new HeatmapWeek(monday, label?.ToString("MMM", System.Globalization.CultureInfo.InvariantCulture), cells));
        }
        return weeks;
    }
}
