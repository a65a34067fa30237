namespace Thrive.Domain.Commitments;

public static partial class HabitStats
{
    /// <summary>
    /// A habit's strength in [0, 1], in the manner of Loop Habit Tracker: exponential smoothing evaluated once a
    /// day from the start date to today. Each day: score = score × m + v × (1 − m), m = 0.5^(√f / 13), where f is
    /// the times per day and v the share of the period's times done in the trailing window ending that day
    /// (1 day, 7 days or 30 days), capped at 1. Starts at 0. A missed day lowers it gently, not to zero.
    /// </summary>
    public static double Strength(HabitSchedule s, IEnumerable<DayValue> values, DateOnly today) =>
        Strength(s, s.CreditsByDay(values), today);

    internal static double Strength(HabitSchedule s, Dictionary<DateOnly, decimal> credits, DateOnly today)
    {
        var score = 0.0;
        var m = Multiplier(s);
        var window = HabitPeriods.WindowDays(s.Period);
        var inWindow = 0m;
        for (var d = s.StartDate; d <= today; d = d.AddDays(1))
        {
            inWindow += credits.GetValueOrDefault(d) - credits.GetValueOrDefault(d.AddDays(-window));
            var v = Math.Min((double)inWindow / s.Times, 1.0);
            score = score * m + v * (1 - m);
        }
        return score;
    }

    /// <summary>How much of yesterday's score survives a day: 0.948 for once a day, 0.980 for once a week.</summary>
    public static double Multiplier(HabitSchedule s) =>
        Math.Pow(0.5, Math.Sqrt(HabitPeriods.PerDay(s.Times, s.Period)) / 13.0);
}
