namespace Thrive.Web.Features.Commitments;

/// <summary>
/// Commitments (habits): check-ins with notes, streaks, strength and the heatmap, and the goals they feed.
/// </summary>
/// <remarks>The API: Commitments (weekly habits) and check-ins under /api/v1, with the same handlers as the page: the owner checks in, their partner reads, nobody else sees them.</remarks>
public sealed class CommitmentsArea : IArea
{
    public string? ApiDescription => "Commitments with their streaks and strength, the goals they feed, and check-ins with notes.";

    public void AddServices(IServiceCollection services) => services.AddScoped<GoalFeedSync>();

    /// <summary>A check-in: its day, amount, note, and whether it met the commitment by its direction.</summary>
    public sealed record CheckInResponse(DateOnly Date, decimal Value, string Note, bool Met);

    /// <summary>The goal a commitment names or feeds, with the goal's progress from 0 to 1.</summary>
    public sealed record CommitmentGoalResponse(Guid Id, string Title, decimal Progress, string? Measure);

    public sealed record CommitmentResponse(Guid Id, string Sentence, string Rhythm, CommitmentKind Kind, HabitPeriod Period, int Times, decimal Target, string Unit,
        HabitDirection Direction, bool Archived, Guid? GoalId, string? GoalTitle, GoalFeed Feed, CommitmentGoalResponse? Goal, int CurrentStreak, int BestStreak,
        bool MissedTwiceInARow, double Strength, IReadOnlyList<DateOnly> CheckedIn, IReadOnlyList<CheckInResponse> CheckIns);

    public sealed record CommitmentListResponse(Guid OwnerId, string OwnerName, DateOnly Today, IReadOnlyList<CommitmentResponse> Commitments);

    /// <summary>The check-in recorded, whether it met the commitment, and what Thrive says about it.</summary>
    public sealed record CheckInOutcomeResponse(Guid Id, bool Met, string Message);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/commitments", async (HttpContext c, Guid? owner, ListCommitments.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), owner, ct), v => new CommitmentListResponse(v.OwnerId, v.OwnerName, v.Today, v.Cards.Select(k => ToResponse(k, v.Today)).ToList())))
            .WithName("ListCommitments")
            .WithSummary("A person's commitments with streaks, strength, their goals and the check-ins (with notes) of the last 12 weeks (yours by default; your partner's with ?owner=).");

        api.MapPost("/commitments", async (HttpContext c, CreateCommitment.Request body, CreateCommitment.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), body, ct), id => $"{Areas.ApiPrefix}/commitments/{id}"))
            .WithName("CreateCommitment")
            .WithSummary("Make a commitment in your newest programme; a number aims at least or at most its target, and it may feed one of your goals' measures.");

        api.MapGet("/commitments/{id:guid}", async (HttpContext c, Guid id, GetCommitment.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, ct), v => ToResponse(v.Card, v.Today)))
            .WithName("GetCommitment").WithSummary("One commitment with its goal, streaks, strength and the check-ins (with notes) of the last half year.");

        api.MapPut("/commitments/{id:guid}", async (HttpContext c, Guid id, CreateCommitment.Request body, EditCommitment.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("UpdateCommitment").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Change one of your commitments: its wording, rhythm, direction, or the goal it names or feeds (the goal's measure follows at once).");

        api.MapPost("/commitments/{id:guid}/check-ins", async (HttpContext c, Guid id, RecordCheckIn.Request body, RecordCheckIn.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, body, ct), o => new CheckInOutcomeResponse(o.Id, o.Met, o.Message)))
            .WithName("CheckIn").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Check in on one of your commitments for one of your days (value 1 for a yes/no commitment, or the amount) with an optional note; 409 when that day is already checked in.");

        api.MapDelete("/commitments/{id:guid}/check-ins/{date}", async (HttpContext c, Guid id, DateOnly date, UndoCheckIn.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, date, ct)))
            .WithName("UndoCheckIn").WithSummary("Take back a check-in of the last 7 days (the goal it feeds moves back with it).");
    }

    private static CommitmentResponse ToResponse(ListCommitments.Card k, DateOnly today)
    {
        var c = k.Commitment;
        var s = c.Schedule;
        return new CommitmentResponse(c.Id, c.Sentence(), c.Rhythm(), c.Kind, c.Period, c.Times, c.Target, c.Unit, c.Direction, c.Archived,
            c.GoalId, k.GoalTitle, c.Feed, k.Goal is { } g ? new CommitmentGoalResponse(g.Id, g.Title, g.Progress, g.Measure) : null,
            k.Summary.CurrentStreak, k.Summary.BestStreak, k.Summary.MissedTwiceInARow, k.Summary.Strength,
            k.CheckedIn.Where(d => d > today.AddDays(-ListCommitments.HeatmapDays)).Order().ToList(),
            k.Recent.Select(x => new CheckInResponse(x.Date, x.Value, x.Note, s.Meets(x.Value))).ToList());
    }
}
