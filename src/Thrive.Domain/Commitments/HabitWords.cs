using System.Globalization;

namespace Thrive.Domain.Commitments;

/// <summary>
/// What Thrive says about a check-in, in words that fit its direction: a limit kept is good news, a limit passed is
/// a question, never a celebration; part of a target is progress, not a failure.
/// </summary>
public static class HabitWords
{
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The note after checking in with <paramref name="value"/>.</summary>
    public static string AfterCheckIn(Commitment c, decimal value)
    {
        ArgumentNullException.ThrowIfNull(c);
        var period = c.Period.ToString().ToLowerInvariant();
        if (c.Kind == CommitmentKind.YesNo) return "Checked in. Keep the chain going!";
        var amount = $"{Number(value)} {c.Unit}".Trim();
        var target = $"{Number(c.Target)} {c.Unit}".Trim();
        if (c.Direction == HabitDirection.AtMost)
            return c.Schedule.Meets(value)
                ? $"Checked in: {amount}, within your limit of {target}. Well held."
                : $"Above your limit of {target} this time; what made this {period} heavy? A note helps you and your mentor see the pattern.";
        return c.Schedule.Meets(value)
            ? $"Checked in: {amount}, target reached. Keep the chain going!"
            : $"Checked in: {amount} of {target}. Part of a target still counts for its part.";
    }

    /// <summary>Where the current period stands: "kept this week", "1 of 3 this week so far", "not yet this week".</summary>
    public static string PeriodState(Commitment c, PeriodOutcome? current)
    {
        ArgumentNullException.ThrowIfNull(c);
        var period = $"this {c.Period.ToString().ToLowerInvariant()}";
        if (current is null) return $"starts {c.StartDate.ToString("d MMM", CultureInfo.InvariantCulture)}";
        if (current.Status == PeriodStatus.Met) return c.Direction == HabitDirection.AtMost && c.Kind == CommitmentKind.Number ? $"within the limit {period}" : $"kept {period}";
        return current.Done > 0 ? $"{Number(current.Done)} of {c.Times} {period} so far" : $"not yet {period}";
    }

    /// <summary>A day's state in a few words, for a heatmap cell or a list: "met", "over the limit", "part of the target".</summary>
    public static string DayState(HabitSchedule s, HeatmapDay d)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(d);
        if (!d.CheckedIn) return "no check-in";
        if (s.Kind == CommitmentKind.YesNo) return "done";
        var value = Number(d.Value);
        if (d.Met) return s.Direction == HabitDirection.AtMost ? $"{value}, within the limit" : $"{value}, target reached";
        return s.Direction == HabitDirection.AtMost ? $"{value}, over the limit" : $"{value}, part of the target";
    }

    /// <summary>
    /// How the strength score is worked out, for the hint shown beside it: a habit gains strength each day it is kept
    /// and loses it slowly when it is not, so one miss dents it and a run of misses drains it.
    /// </summary>
    public const string StrengthExplained =
        "Strength shows how firmly the habit has taken hold, from 0 to 100%. Each day it moves a small step towards how much of the " +
        "period's check-ins you have kept lately, so it grows with every kept check-in and fades slowly after a miss: one miss " +
        "dents it, a run of misses drains it. Unlike a streak, it does not fall to zero when you miss once.";
}
