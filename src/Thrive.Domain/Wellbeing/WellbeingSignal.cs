namespace Thrive.Domain.Wellbeing;

/// <summary>One check-in as the trend and the signal read it.</summary>
public sealed record CheckInPoint(DateOnly WeekStart, int Stress, int Energy, int Sleep, int Rest, int WorkInProgress);

/// <summary>A heavy stretch: the check-ins it rests on and, in words, why it was shown.</summary>
public sealed record HeavyStretch(IReadOnlyList<CheckInPoint> CheckIns, bool SleepFell, bool RestFell, string Explanation)
{
    public const string Prompt = "This looks like a heavy stretch: talk it through in your next session?";
}

/// <summary>
/// The gentle signal of a heavy stretch, shown to the owner only: over their last three check-ins stress rose each time,
/// sleep or time off code fell, and the cards in progress on their board grew. It reads a pattern in their own numbers
/// and says so; it is never a diagnosis. Pure: today is passed in.
/// </summary>
public static class WellbeingSignal
{
    public const int Span = 3;

    /// <summary>
    /// The stretch, or null. The last three check-ins (by week) count when the newest is of this week or last week:
    /// stress strictly higher each time; sleep or time off code never up and lower at the end; cards in progress never
    /// down and more at the end.
    /// </summary>
    public static HeavyStretch? Heavy(IEnumerable<CheckInPoint> checkIns, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        var last = checkIns.OrderBy(c => c.WeekStart).TakeLast(Span).ToList();
        if (last.Count < Span || last[^1].WeekStart < WellbeingCheckIn.WeekOf(today).AddDays(-7)) return null;
        var stressRose = Pairs(last).All(p => p.Next.Stress > p.Before.Stress);
        var sleepFell = Falls(last, c => c.Sleep);
        var restFell = Falls(last, c => c.Rest);
        var wipGrew = Pairs(last).All(p => p.Next.WorkInProgress >= p.Before.WorkInProgress) && last[^1].WorkInProgress > last[0].WorkInProgress;
        if (!stressRose || !(sleepFell || restFell) || !wipGrew) return null;
        var parts = new List<string> { $"stress went {Path(last, c => c.Stress)}" };
        if (sleepFell) parts.Add($"sleep went {Path(last, c => c.Sleep)}");
        if (restFell) parts.Add($"time off code went {Path(last, c => c.Rest)}");
        parts.Add($"cards in progress on your board went {Path(last, c => c.WorkInProgress)}");
        var explanation = $"Over your last {Span} check-ins {Join(parts)}. This is a pattern in your own answers, not a diagnosis; only you see it.";
        return new HeavyStretch(last, sleepFell, restFell, explanation);
    }

    private static bool Falls(List<CheckInPoint> last, Func<CheckInPoint, int> of) =>
        Pairs(last).All(p => of(p.Next) <= of(p.Before)) && of(last[^1]) < of(last[0]);

    private static IEnumerable<(CheckInPoint Before, CheckInPoint Next)> Pairs(List<CheckInPoint> last) => last.Zip(last.Skip(1));

    private static string Path(List<CheckInPoint> last, Func<CheckInPoint, int> of) => string.Join(" → ", last.Select(of));

    private static string Join(List<string> parts) => parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts[..^1])} and {parts[^1]}";
}
