using Thrive.Web.Features.Commitments;

namespace Thrive.Web.Features.Wellbeing;

/// <summary>
/// Rest as commitments: sleep, time off code and a hobby, offered on the wellbeing page as one-click templates of the
/// Commitments area (tracked there with the same streaks and check-ins as any habit; no second tracker).
/// </summary>
public static class RestCommitments
{
    public sealed record Template(string Key, string Title, string Why, CreateCommitment.Request Request);

    public static readonly IReadOnlyList<Template> All =
    [
        new("sleep", "Sleep", "Never deprioritise sleep: a fixed wind-down time protects it.",
            new() { Behaviour = "close the laptop and wind down for bed", Time = "22:30", Location = "at home", Times = 5, Period = HabitPeriod.Week }),
        new("time-off-code", "Time off code", "A full day away from code each week, screens for work included.",
            new() { Behaviour = "take a full day away from code", Time = "the weekend", Location = "anywhere but my desk", Times = 1, Period = HabitPeriod.Week }),
        new("hobby", "A hobby", "Something that is not code, done for its own sake.",
            new() { Behaviour = "spend an hour on a hobby that is not code", Time = "the evening", Location = "away from my desk", Times = 2, Period = HabitPeriod.Week }),
    ];

    public static Template? Find(string? key) => All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal));
}
