namespace Thrive.Domain.Commitments;

/// <summary>What the statistics need to know about a commitment.</summary>
public sealed record HabitSchedule(int Times, HabitPeriod Period, CommitmentKind Kind, decimal Target, DateOnly StartDate,
    HabitDirection Direction = HabitDirection.AtLeast)
{
    /// <summary>
    /// Whether a check-in's value meets the commitment: any yes/no check-in; a number reaching the target; a number
    /// at or under a limit (at most). Part of a target is a part (see <see cref="Credit"/>); over a limit is a miss.
    /// </summary>
    public bool Meets(decimal value) => Credit(value) >= 1m;

    /// <summary>
    /// How much of "one time" a day's value is worth: value / target, capped at 1. The cap is deliberate: a
    /// habit is about showing up repeatedly, so 90 minutes on Monday does not stand in for three 30-minute
    /// sessions. Part of a target still counts for that part (two 15-minute days make one 30-minute time).
    /// A limit (at most) has no parts: a check-in at or under it counts fully, one over it not at all.
    /// </summary>
    public decimal Credit(decimal value) =>
        Kind == CommitmentKind.Number && Direction == HabitDirection.AtMost ? (value >= 0 && value <= Target ? 1m : 0m)
        : Target <= 0 || value <= 0 ? 0m : Math.Min(value / Target, 1m);

    /// <summary>Credit per day from the start date on; check-ins before it, or several for one day, are folded in safely.</summary>
    public Dictionary<DateOnly, decimal> CreditsByDay(IEnumerable<DayValue> values) =>
        values.Where(v => v.Date >= StartDate)
            .GroupBy(v => v.Date)
            .ToDictionary(g => g.Key, g => Credit(g.Sum(v => v.Value)));
}

/// <summary>A check-in reduced to what the statistics read; project to it straight from the database.</summary>
public readonly record struct DayValue(DateOnly Date, decimal Value);

/// <summary>Calendar periods: days, Monday-start weeks, calendar months.</summary>
public static class HabitPeriods
{
    public static DateOnly StartOf(DateOnly date, HabitPeriod period) => period switch
    {
        HabitPeriod.Day => date,
        HabitPeriod.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        _ => new DateOnly(date.Year, date.Month, 1),
    };

    public static DateOnly EndOf(DateOnly date, HabitPeriod period) => NextStart(StartOf(date, period), period).AddDays(-1);

    public static DateOnly NextStart(DateOnly periodStart, HabitPeriod period) => period switch
    {
        HabitPeriod.Day => periodStart.AddDays(1),
        HabitPeriod.Week => periodStart.AddDays(7),
        _ => periodStart.AddMonths(1),
    };

    /// <summary>Times per day, for the strength score: a week counts as 7 days and a month as 30.</summary>
    public static double PerDay(int times, HabitPeriod period) => period switch
    {
        HabitPeriod.Day => times,
        HabitPeriod.Week => times / 7.0,
        _ => times / 30.0,
    };

    /// <summary>The trailing window the strength score looks at on each day.</summary>
    public static int WindowDays(HabitPeriod period) => period switch
    {
        HabitPeriod.Day => 1,
        HabitPeriod.Week => 7,
        _ => 30,
    };
}
