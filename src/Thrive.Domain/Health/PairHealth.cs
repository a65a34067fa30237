using System.Globalization;
using Thrive.Domain.Programmes;

namespace Thrive.Domain.Health;

/// <summary>How a pair is doing, from the worst of its signals: on track, worth watching, or at risk.</summary>
public enum HealthStatus { OnTrack, Watch, AtRisk }

/// <summary>The facts a pair's health is read from; each reason names the one it comes from.</summary>
public enum HealthSignal { LastSession, SessionsHeld, AgendaOnTime, OverdueActions, Goals, Commitments, MidpointCheck, Quiet, SessionRatings }

/// <summary>One reason for a pair's status, in plain words, with how much it weighs.</summary>
public sealed record HealthReason(HealthSignal Signal, HealthStatus Level, string Text);

/// <summary>
/// Counts and dates of one active pair, gathered without reading anything private (no note, agenda text, feedback,
/// wellbeing or reflection). <paramref name="PlannedSoFar"/> counts the pair's sessions whose time has come, held or
/// not, cancelled ones aside (a cancelled session is moved, not missed); <paramref name="AgendasDue"/> and
/// <paramref name="AgendasOnTime"/> count the same sessions' agendas and those shared by the day before.
/// <paramref name="LastActivity"/> is the latest thing either did in Thrive for the pair: a session held, an agenda
/// shared, an action item added or ticked, a goal updated, a check-in, a card moved. <paramref name="RecentRatings"/> and
/// <paramref name="RecentRatingAverage"/> are the pair's latest session ratings (both sides, at most
/// <see cref="PairHealth.RatingsRead"/>) and their average; never a comment.
/// </summary>
public sealed record PairHealthFacts(
    DateTimeOffset ActivatedAt, SessionCadence Cadence,
    DateTimeOffset? LastHeld, int PlannedSoFar, int Held, int AgendasDue, int AgendasOnTime,
    int OpenActions, int OverdueActions,
    int Goals, int GoalsAchieved, DateTimeOffset? LastGoalProgress,
    int Commitments, int CommitmentsMissedTwice,
    DateRange MidpointWindow, bool MidpointHeld,
    DateTimeOffset? LastActivity, int RecentRatings = 0, double? RecentRatingAverage = null);

/// <summary>A pair's status, its reasons (the heaviest first), and the two day counts the coordinator sorts by.</summary>
public sealed record PairHealthAssessment(HealthStatus Status, IReadOnlyList<HealthReason> Reasons, int DaysSinceSession, int DaysQuiet);

/// <summary>
/// Reads a pair's health from its facts. Every threshold is a named constant below, and docs/guide-coordinator.md
/// explains them. The status is the heaviest reason's level, except that <see cref="WatchReasonsMakeAtRisk"/> reasons
/// to watch together make a pair at risk.
/// </summary>
public static class PairHealth
{
    /// <summary>No session held for the cadence's interval plus this many days: watch (a weekly pair: 14 days).</summary>
    public const int SessionLateWatchDays = 7;

    /// <summary>No session held for the cadence's interval plus this many days: at risk (a weekly pair: 21 days).</summary>
    public const int SessionLateAtRiskDays = 14;

    /// <summary>The share of sessions held is judged once at least this many were planned.</summary>
    public const int PlannedSessionsToJudge = 3;

    /// <summary>Fewer than this share of the planned sessions held: watch.</summary>
    public const double HeldShareWatch = 0.75;

    /// <summary>Fewer than this share of the planned sessions held: at risk.</summary>
    public const double HeldShareAtRisk = 0.5;

    /// <summary>
    /// An agenda is on time when shared at least this long before its session: "the day before" for an evening or a
    /// morning session alike (the demo's are shared the evening before, some 20 hours ahead).
    /// </summary>
    public static readonly TimeSpan AgendaLeadTime = TimeSpan.FromHours(12);

    /// <summary>Agendas shared on time are judged once at least this many were due.</summary>
    public const int AgendasToJudge = 3;

    /// <summary>Fewer than this share of agendas shared by the day before: watch.</summary>
    public const double AgendaShareWatch = 0.5;

    /// <summary>This many overdue action items: watch.</summary>
    public const int OverdueActionsWatch = 2;

    /// <summary>This many overdue action items: at risk.</summary>
    public const int OverdueActionsAtRisk = 5;

    /// <summary>No goal this many days after the pair started: watch.</summary>
    public const int GoalSetWithinDays = 21;

    /// <summary>Goals under way but no progress recorded for this many days: watch.</summary>
    public const int GoalProgressWatchDays = 28;

    /// <summary>This many commitments missed twice in a row: watch (the guide's golden rule: never miss twice).</summary>
    public const int MissedTwiceWatch = 1;

    /// <summary>Nothing done in Thrive for the pair for this many days: watch.</summary>
    public const int QuietWatchDays = 14;

    /// <summary>Nothing done in Thrive for the pair for this many days: at risk.</summary>
    public const int QuietAtRiskDays = 28;

    /// <summary>The latest this many session ratings of a pair (both sides together) make the ratings signal.</summary>
    public const int RatingsRead = 4;

    /// <summary>The ratings signal is judged once the pair has at least this many ratings.</summary>
    public const int RatingsToJudge = 2;

    /// <summary>The latest ratings averaging below this (of 5): watch. The reason gives no number, so it tells no one's rating.</summary>
    public const double LowRatingAverage = 3.0;

    /// <summary>This many reasons to watch at once make a pair at risk.</summary>
    public const int WatchReasonsMakeAtRisk = 3;

    /// <summary>The days between two sessions of a cadence.</summary>
    public static int IntervalDays(SessionCadence cadence) => cadence switch
    {
        SessionCadence.Fortnightly => 14,
        SessionCadence.Monthly => 30,
        _ => 7,
    };

    public static PairHealthAssessment Assess(PairHealthFacts f, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(f);
        var reasons = new List<HealthReason>();
        var sinceSession = DaysSince(f.LastHeld is { } held && held > f.ActivatedAt ? held : f.ActivatedAt, now);
        var quiet = DaysSince(f.LastActivity is { } a && a > f.ActivatedAt ? a : f.ActivatedAt, now);
        var started = DaysSince(f.ActivatedAt, now);
        var interval = IntervalDays(f.Cadence);

        var sessionLevel = Level(sinceSession, interval + SessionLateWatchDays, interval + SessionLateAtRiskDays);
        if (sessionLevel is { } sl)
            reasons.Add(new(HealthSignal.LastSession, sl, f.LastHeld is null
                ? $"No session held since the pair started {Days(sinceSession)} ago"
                : $"No session held for {Days(sinceSession)}"));

        if (f.PlannedSoFar >= PlannedSessionsToJudge && f.Held < f.PlannedSoFar * HeldShareWatch)
            reasons.Add(new(HealthSignal.SessionsHeld, f.Held < f.PlannedSoFar * HeldShareAtRisk ? HealthStatus.AtRisk : HealthStatus.Watch,
                $"{f.Held} of {f.PlannedSoFar} planned sessions held"));

        if (f.AgendasDue >= AgendasToJudge && f.AgendasOnTime < f.AgendasDue * AgendaShareWatch)
            reasons.Add(new(HealthSignal.AgendaOnTime, HealthStatus.Watch, $"Agenda shared on time for {f.AgendasOnTime} of {f.AgendasDue} sessions"));

        if (Level(f.OverdueActions, OverdueActionsWatch, OverdueActionsAtRisk) is { } ol)
            reasons.Add(new(HealthSignal.OverdueActions, ol, $"{Count(f.OverdueActions, "action item")} overdue of {f.OpenActions} open"));

        if (f.Goals == 0 && started >= GoalSetWithinDays)
            reasons.Add(new(HealthSignal.Goals, HealthStatus.Watch, $"No goal set {Days(started)} into the pair"));
        else if (f.Goals > f.GoalsAchieved && DaysSince(f.LastGoalProgress ?? f.ActivatedAt, now) is var still && still >= GoalProgressWatchDays)
            reasons.Add(new(HealthSignal.Goals, HealthStatus.Watch, $"No goal progress recorded for {Days(still)}"));

        if (f.CommitmentsMissedTwice >= MissedTwiceWatch)
            reasons.Add(new(HealthSignal.Commitments, HealthStatus.Watch, $"{Count(f.CommitmentsMissedTwice, "commitment")} of {f.Commitments} missed twice in a row"));

        if (!f.MidpointHeld && today > f.MidpointWindow.To && DateOnly.FromDateTime(f.ActivatedAt.UtcDateTime) <= f.MidpointWindow.From)
            reasons.Add(new(HealthSignal.MidpointCheck, HealthStatus.Watch,
                $"Midpoint check not held (its window closed on {f.MidpointWindow.To.ToString("d MMM", CultureInfo.InvariantCulture)})"));

        if (f.RecentRatings >= RatingsToJudge && f.RecentRatingAverage < LowRatingAverage)
            reasons.Add(new(HealthSignal.SessionRatings, HealthStatus.Watch, "Recent session ratings are low"));

        if (Level(quiet, QuietWatchDays, QuietAtRiskDays) is { } ql)
            reasons.Add(new(HealthSignal.Quiet, ql, $"Nothing done in Thrive for {Days(quiet)}"));

        var status = reasons.Count == 0 ? HealthStatus.OnTrack : reasons.Max(r => r.Level);
        if (status == HealthStatus.Watch && reasons.Count(r => r.Level == HealthStatus.Watch) >= WatchReasonsMakeAtRisk) status = HealthStatus.AtRisk;
        return new PairHealthAssessment(status, reasons.OrderByDescending(r => r.Level).ToList(), sinceSession, quiet);
    }

    /// <summary>How a status is named on pages, in mails and in the API's words.</summary>
    public static string Title(HealthStatus status) => status switch
    {
        HealthStatus.AtRisk => "At risk",
        HealthStatus.Watch => "Watch",
        _ => "On track",
    };

    private static HealthStatus? Level(int value, int watch, int atRisk) =>
        value >= atRisk ? HealthStatus.AtRisk : value >= watch ? HealthStatus.Watch : null;

    private static int DaysSince(DateTimeOffset at, DateTimeOffset now) => Math.Max(0, (int)Math.Floor((now - at).TotalDays));

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
