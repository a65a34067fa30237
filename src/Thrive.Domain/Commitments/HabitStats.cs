namespace Thrive.Domain.Commitments;

public enum PeriodStatus
{
    Met,
    Missed,
    /// <summary>Today's period, not met yet: it neither breaks a streak nor counts as a miss.</summary>
    InProgress,
    /// <summary>The first period, begun before the start date and not met: too short to count as a miss.</summary>
    Partial,
}

/// <summary>One period of a commitment: its days, the times done (credits) and what that means.</summary>
public sealed record PeriodOutcome(DateOnly Start, DateOnly End, decimal Done, PeriodStatus Status);

public sealed record HabitSummary(
    int CurrentStreak, int BestStreak, bool MissedLast, bool MissedTwiceInARow, double Strength, PeriodOutcome? CurrentPeriod);

/// <summary>
/// Streaks, the "never miss twice" rule, a strength score and heatmap data, all counted in the
/// commitment's own period (days, Monday-start weeks, months). Pure: today is passed in.
/// </summary>
public static partial class HabitStats
{
    public static HabitSummary Summarise(HabitSchedule s, IEnumerable<DayValue> values, DateOnly today)
    {
        var credits = s.CreditsByDay(values);
        var periods = Periods(s, credits, today);
        return new HabitSummary(
            CurrentStreak(periods), BestStreak(periods), MissedLast(periods), MissedTwiceInARow(periods),
            Strength(s, credits, today), periods.Count > 0 ? periods[^1] : null);
    }

    public static HabitSummary Summarise(Commitment c, IEnumerable<CheckIn> checkIns, DateOnly today) =>
        Summarise(c.Schedule, checkIns.Select(x => new DayValue(x.Date, x.Value)), today);

    /// <summary>Every period from the one holding the start date to the one holding today (none before the start).</summary>
    public static IReadOnlyList<PeriodOutcome> Periods(HabitSchedule s, IEnumerable<DayValue> values, DateOnly today) =>
        Periods(s, s.CreditsByDay(values), today);

    internal static List<PeriodOutcome> Periods(HabitSchedule s, Dictionary<DateOnly, decimal> credits, DateOnly today)
    {
        var list = new List<PeriodOutcome>();
        if (today < s.StartDate) return list;
        var current = HabitPeriods.StartOf(today, s.Period);
        for (var start = HabitPeriods.StartOf(s.StartDate, s.Period); start <= current; start = HabitPeriods.NextStart(start, s.Period))
        {
            var end = HabitPeriods.NextStart(start, s.Period).AddDays(-1);
            var done = 0m;
            for (var d = start; d <= end; d = d.AddDays(1)) done += credits.GetValueOrDefault(d);
            var status = done >= s.Times ? PeriodStatus.Met
                : start == current ? PeriodStatus.InProgress
                : start < s.StartDate ? PeriodStatus.Partial
                : PeriodStatus.Missed;
            list.Add(new PeriodOutcome(start, end, done, status));
        }
        return list;
    }

    /// <summary>Met periods in a row up to now; today's period joins once it is met and does not break it before.</summary>
    public static int CurrentStreak(IReadOnlyList<PeriodOutcome> periods)
    {
        var n = 0;
        for (var i = periods.Count - 1; i >= 0; i--)
        {
            if (periods[i].Status == PeriodStatus.Met) n++;
            else if (periods[i].Status != PeriodStatus.InProgress) break;
        }
        return n;
    }

    public static int BestStreak(IReadOnlyList<PeriodOutcome> periods)
    {
        int best = 0, run = 0;
        foreach (var p in periods)
        {
            run = p.Status == PeriodStatus.Met ? run + 1 : 0;
            best = Math.Max(best, run);
        }
        return best;
    }

    /// <summary>The last completed period (the one before today's) was missed.</summary>
    public static bool MissedLast(IReadOnlyList<PeriodOutcome> periods) =>
        Completed(periods, 1) is [{ Status: PeriodStatus.Missed }];

    /// <summary>The golden rule broken: the last two completed periods were both missed.</summary>
    public static bool MissedTwiceInARow(IReadOnlyList<PeriodOutcome> periods) =>
        Completed(periods, 2) is [{ Status: PeriodStatus.Missed }, { Status: PeriodStatus.Missed }];

    // The last list item is always today's period; the ones before it have ended.
    private static List<PeriodOutcome> Completed(IReadOnlyList<PeriodOutcome> periods, int count) =>
        periods.Take(periods.Count - 1).TakeLast(count).ToList();
}
