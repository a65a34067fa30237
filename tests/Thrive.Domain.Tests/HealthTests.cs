using Thrive.Domain.Common;
using Thrive.Domain.Health;
using Thrive.Domain.Programmes;

namespace Thrive.Domain.Tests;

/// <summary>Each health signal on its own, at and around its thresholds, and how reasons add up to a status.</summary>
public sealed class HealthTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>A weekly pair started 20 days ago that is doing well: a session 3 days ago, everything kept.</summary>
    private static PairHealthFacts Healthy() => new(
        Now.AddDays(-20), SessionCadence.Weekly,
        Now.AddDays(-3), PlannedSoFar: 3, Held: 3, AgendasDue: 3, AgendasOnTime: 3,
        OpenActions: 2, OverdueActions: 0,
        Goals: 1, GoalsAchieved: 0, LastGoalProgress: Now.AddDays(-2),
        Commitments: 1, CommitmentsMissedTwice: 0,
        new DateRange(Today.AddDays(20), Today.AddDays(34)), MidpointHeld: false,
        LastActivity: Now.AddDays(-1));

    private static PairHealthAssessment Assess(PairHealthFacts f) => PairHealth.Assess(f, Now, Today);

    private static HealthReason? Reason(PairHealthFacts f, HealthSignal signal) => Assess(f).Reasons.SingleOrDefault(r => r.Signal == signal);

    [Fact]
    public void A_pair_doing_well_is_on_track_with_no_reasons()
    {
        var a = Assess(Healthy());
        Assert.Equal(HealthStatus.OnTrack, a.Status);
        Assert.Empty(a.Reasons);
        Assert.Equal(3, a.DaysSinceSession);
        Assert.Equal(1, a.DaysQuiet);
    }

    [Theory]
    [InlineData(SessionCadence.Weekly, 13, null)]
    [InlineData(SessionCadence.Weekly, 14, HealthStatus.Watch)]
    [InlineData(SessionCadence.Weekly, 20, HealthStatus.Watch)]
    [InlineData(SessionCadence.Weekly, 21, HealthStatus.AtRisk)]
    [InlineData(SessionCadence.Fortnightly, 20, null)]
    [InlineData(SessionCadence.Fortnightly, 21, HealthStatus.Watch)]
    [InlineData(SessionCadence.Fortnightly, 28, HealthStatus.AtRisk)]
    [InlineData(SessionCadence.Monthly, 36, null)]
    [InlineData(SessionCadence.Monthly, 37, HealthStatus.Watch)]
    [InlineData(SessionCadence.Monthly, 44, HealthStatus.AtRisk)]
    public void Days_since_the_last_session_count_against_the_cadence(SessionCadence cadence, int daysAgo, HealthStatus? expected)
    {
        var f = Healthy() with { ActivatedAt = Now.AddDays(-60), Cadence = cadence, LastHeld = Now.AddDays(-daysAgo), LastActivity = Now };
        var r = Reason(f, HealthSignal.LastSession);
        Assert.Equal(expected, r?.Level);
        if (r is not null) Assert.Equal($"No session held for {daysAgo} days", r.Text);
    }

    [Fact]
    public void A_pair_that_never_met_counts_from_its_start()
    {
        var f = Healthy() with { ActivatedAt = Now.AddDays(-23), LastHeld = null, PlannedSoFar = 0, Held = 0, AgendasDue = 0, AgendasOnTime = 0 };
        var r = Reason(f, HealthSignal.LastSession)!;
        Assert.Equal(HealthStatus.AtRisk, r.Level);
        Assert.Equal("No session held since the pair started 23 days ago", r.Text);
    }

    [Theory]
    [InlineData(2, 0, null)] // too few planned to judge
    [InlineData(4, 3, null)] // 75 %
    [InlineData(5, 3, HealthStatus.Watch)] // 60 %
    [InlineData(4, 2, HealthStatus.Watch)] // 50 %
    [InlineData(5, 2, HealthStatus.AtRisk)] // 40 %
    public void Sessions_held_against_planned(int planned, int held, HealthStatus? expected)
    {
        var r = Reason(Healthy() with { PlannedSoFar = planned, Held = held }, HealthSignal.SessionsHeld);
        Assert.Equal(expected, r?.Level);
        if (r is not null) Assert.Equal($"{held} of {planned} planned sessions held", r.Text);
    }

    [Theory]
    [InlineData(2, 0, false)]
    [InlineData(4, 2, false)]
    [InlineData(4, 1, true)]
    public void Agendas_shared_late_are_worth_watching(int due, int onTime, bool flagged)
    {
        var r = Reason(Healthy() with { AgendasDue = due, AgendasOnTime = onTime }, HealthSignal.AgendaOnTime);
        Assert.Equal(flagged, r is not null);
        if (r is not null) Assert.Equal($"Agenda shared on time for {onTime} of {due} sessions", r.Text);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, HealthStatus.Watch)]
    [InlineData(4, HealthStatus.Watch)]
    [InlineData(5, HealthStatus.AtRisk)]
    public void Overdue_action_items(int overdue, HealthStatus? expected)
    {
        var r = Reason(Healthy() with { OpenActions = 6, OverdueActions = overdue }, HealthSignal.OverdueActions);
        Assert.Equal(expected, r?.Level);
        if (r is not null) Assert.Equal($"{overdue} action items overdue of 6 open", r.Text);
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(21, true)]
    public void No_goal_three_weeks_in_is_worth_watching(int started, bool flagged)
    {
        var f = Healthy() with { ActivatedAt = Now.AddDays(-started), Goals = 0, GoalsAchieved = 0, LastGoalProgress = null };
        var r = Reason(f, HealthSignal.Goals);
        Assert.Equal(flagged, r is not null);
        if (r is not null) Assert.Equal($"No goal set {started} days into the pair", r.Text);
    }

    [Theory]
    [InlineData(27, 0, false)]
    [InlineData(28, 0, true)]
    [InlineData(40, 1, false)] // every goal achieved: nothing left to progress
    public void Goals_without_progress_are_worth_watching(int daysAgo, int achieved, bool flagged)
    {
        var f = Healthy() with { ActivatedAt = Now.AddDays(-60), Goals = 1, GoalsAchieved = achieved, LastGoalProgress = Now.AddDays(-daysAgo) };
        var r = Reason(f, HealthSignal.Goals);
        Assert.Equal(flagged, r is not null);
        if (r is not null) Assert.Equal($"No goal progress recorded for {daysAgo} days", r.Text);
    }

    [Fact]
    public void A_commitment_missed_twice_is_worth_watching()
    {
        Assert.Null(Reason(Healthy(), HealthSignal.Commitments));
        var r = Reason(Healthy() with { Commitments = 2, CommitmentsMissedTwice = 1 }, HealthSignal.Commitments)!;
        Assert.Equal(HealthStatus.Watch, r.Level);
        Assert.Equal("1 commitment of 2 missed twice in a row", r.Text);
    }

    [Fact]
    public void The_midpoint_check_counts_once_its_window_has_closed()
    {
        var open = new DateRange(Today.AddDays(-7), Today.AddDays(7));
        var closed = new DateRange(Today.AddDays(-15), Today.AddDays(-1));
        var old = Healthy() with { ActivatedAt = Now.AddDays(-50) };
        Assert.Null(Reason(old with { MidpointWindow = open }, HealthSignal.MidpointCheck));
        Assert.Null(Reason(old with { MidpointWindow = closed, MidpointHeld = true }, HealthSignal.MidpointCheck));
        Assert.Null(Reason(Healthy() with { ActivatedAt = Now.AddDays(-10), MidpointWindow = closed }, HealthSignal.MidpointCheck)); // started after it
        var r = Reason(old with { MidpointWindow = closed }, HealthSignal.MidpointCheck)!;
        Assert.Equal(HealthStatus.Watch, r.Level);
        Assert.Equal($"Midpoint check not held (its window closed on {closed.To:d MMM})", r.Text);
    }

    [Theory]
    [InlineData(13, null)]
    [InlineData(14, HealthStatus.Watch)]
    [InlineData(28, HealthStatus.AtRisk)]
    public void Days_quiet(int quiet, HealthStatus? expected)
    {
        var r = Reason(Healthy() with { ActivatedAt = Now.AddDays(-60), LastActivity = Now.AddDays(-quiet) }, HealthSignal.Quiet);
        Assert.Equal(expected, r?.Level);
        if (r is not null) Assert.Equal($"Nothing done in Thrive for {quiet} days", r.Text);
    }

    [Fact]
    public void One_reason_to_watch_makes_watch_and_one_at_risk_makes_at_risk()
    {
        Assert.Equal(HealthStatus.Watch, Assess(Healthy() with { OverdueActions = 2 }).Status);
        var a = Assess(Healthy() with { OverdueActions = 5, Commitments = 1, CommitmentsMissedTwice = 1 });
        Assert.Equal(HealthStatus.AtRisk, a.Status);
        Assert.Equal(HealthSignal.OverdueActions, a.Reasons[0].Signal); // the heaviest first
    }

    [Fact]
    public void Three_reasons_to_watch_together_make_a_pair_at_risk()
    {
        var two = Healthy() with { OverdueActions = 2, CommitmentsMissedTwice = 1 };
        Assert.Equal(HealthStatus.Watch, Assess(two).Status);
        var three = two with { AgendasDue = 4, AgendasOnTime = 1 };
        Assert.Equal(PairHealth.WatchReasonsMakeAtRisk, Assess(three).Reasons.Count);
        Assert.Equal(HealthStatus.AtRisk, Assess(three).Status);
    }

    [Fact]
    public void An_escalation_keeps_a_short_note_and_refuses_a_long_one()
    {
        var ok = PairEscalation.Record(Guid.NewGuid(), Guid.NewGuid(), EscalationStep.CheckIn, "  Called both; they meet Thursday.  ", Now);
        Assert.True(ok.Succeeded);
        Assert.Equal("Called both; they meet Thursday.", ok.Value!.Note);
        var tooLong = PairEscalation.Record(Guid.NewGuid(), Guid.NewGuid(), EscalationStep.CheckIn, new string('x', PairEscalation.NoteMax + 1), Now);
        Assert.Equal(nameof(PairEscalation.Note), Assert.Single(tooLong.Errors).Field);
        Assert.False(PairEscalation.Record(Guid.NewGuid(), Guid.NewGuid(), (EscalationStep)9, null, Now).Succeeded);
    }
}
