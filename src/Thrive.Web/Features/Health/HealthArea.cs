namespace Thrive.Web.Features.Health;

/// <summary>Cohort health: each active pair's status with its reasons, and the coordinator's escalation ladder.</summary>
public sealed class HealthArea : IArea
{
    public string? ApiDescription => "Cohort health: each active pair's status (on track, watch, at risk) with reasons in plain words (coordinators).";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<PairHealthReader>();
        services.AddScoped<PairEscalations>();
    }

    public sealed record ReasonResponse(HealthSignal Signal, HealthStatus Level, string Text);

    /// <summary>A step of the escalation ladder already taken: which, when, by whom, and the coordinator's note.</summary>
    public sealed record StepResponse(EscalationStep Step, DateTimeOffset At, string CoordinatorName, string Note);

    /// <summary>One active pair's health: counts and dates only, never the pair's own words.</summary>
    public sealed record PairHealthResponse(Guid PairId, string MenteeName, string MentorName, HealthStatus Status, IReadOnlyList<ReasonResponse> Reasons,
        DateTimeOffset ActivatedAt, DateTimeOffset? LastSessionHeld, DateTimeOffset? NextSession, int DaysSinceSession, int DaysQuiet, IReadOnlyList<StepResponse> Steps);

    /// <summary>The counts per status are over every active pair; <c>Pairs</c> is one page of them, at-risk first.</summary>
    public sealed record HealthResponse(Guid ProgrammeId, string ProgrammeName, IReadOnlyList<GetProgrammeHealth.StatusCount> Counts, IReadOnlyList<PairHealthResponse> Pairs,
        int PageNumber, int PageSize, int Total, int PageCount, bool HasPrevious, bool HasNext);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/programmes/{id:guid}/health", async (HttpContext c, Guid id, int? page, int? pageSize, GetProgrammeHealth.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, PageRequest.Of(page, pageSize), ct), ToResponse))
            .WithName("GetProgrammeHealth")
            .WithSummary("Each active pair's status with its reasons, at-risk first, a page at a time (pageSize at most 100), and the counts per status over every pair (the programme's coordinators).");
    }

    private static HealthResponse ToResponse(GetProgrammeHealth.View v) => new(v.ProgrammeId, v.ProgrammeName, v.Counts, v.Pairs.Items.Select(p => new PairHealthResponse(
        p.PairId, p.MenteeName, p.MentorName, p.Status, p.Health.Reasons.Select(r => new ReasonResponse(r.Signal, r.Level, r.Text)).ToList(),
        p.ActivatedAt, p.LastHeld, p.NextSession, p.Health.DaysSinceSession, p.Health.DaysQuiet,
        p.Steps.Select(s => new StepResponse(s.Kind, s.At, s.CoordinatorName, s.Note)).ToList())).ToList(),
        v.Pairs.PageNumber, v.Pairs.PageSize, v.Pairs.Total, v.Pairs.PageCount, v.Pairs.HasPrevious, v.Pairs.HasNext);
}
