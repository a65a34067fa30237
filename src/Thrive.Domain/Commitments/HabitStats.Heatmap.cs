namespace Thrive.Domain.Commitments;

/// <summary>One cell of a calendar heatmap: the day's value (0 when there was no check-in) and whether it met one time's target.</summary>
public sealed record HeatmapDay(DateOnly Date, decimal Value, bool Met);

public static partial class HabitStats
{
    public const int HeatmapMaxDays = 3_700;

    /// <summary>
    /// Each day from <paramref name="from"/> to <paramref name="to"/> inclusive. "Met" is the day's share of the
    /// commitment: for yes/no a check-in; for a number, a value reaching the target per check-in.
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
            var value = byDay.GetValueOrDefault(d);
            days.Add(new HeatmapDay(d, value, value > 0 && s.Credit(value) >= 1m));
        }
        return days;
    }

    public static IReadOnlyList<HeatmapDay> Heatmap(Commitment c, IEnumerable<CheckIn> checkIns, DateOnly from, DateOnly to) =>
        Heatmap(c.Schedule, checkIns.Select(x => new DayValue(x.Date, x.Value)), from, to);
}
