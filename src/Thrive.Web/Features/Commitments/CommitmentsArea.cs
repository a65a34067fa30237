namespace Thrive.Web.Features.Commitments;

/// <summary>
/// Commitments (habits): check-ins, streaks, strength and the heatmap.
/// </summary>
/// <remarks>The API: Commitments (weekly habits) and check-ins under /api/v1, with the same handlers as the page: the owner checks in, their partner reads, nobody else sees them.</remarks>
public sealed class CommitmentsArea : IArea
{
    public string? ApiDescription => "Commitments with their streaks and strength, and check-ins.";

    public sealed record CommitmentResponse(Guid Id, string Sentence, CommitmentKind Kind, HabitPeriod Period, int Times, decimal Target, string Unit,
        bool Archived, Guid? GoalId, string? GoalTitle, int CurrentStreak, int BestStreak, bool MissedTwiceInARow, double Strength,
        IReadOnlyList<DateOnly> CheckedIn);

    public sealed record CommitmentListResponse(Guid OwnerId, string OwnerName, DateOnly Today, IReadOnlyList<CommitmentResponse> Commitments);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/commitments", async (HttpContext c, Guid? owner, ListCommitments.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), owner, ct), ToResponse))
            .WithName("ListCommitments")
            .WithSummary("A person's commitments with streaks, strength and the days checked in over the last 12 weeks (yours by default; your partner's with ?owner=).");

        api.MapPost("/commitments/{id:guid}/check-ins", async (HttpContext c, Guid id, RecordCheckIn.Request body, RecordCheckIn.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("CheckIn").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Check in on one of your commitments for one of your days (value 1 for a yes/no commitment, or the amount); 409 when that day is already checked in.");
    }

    private static CommitmentListResponse ToResponse(ListCommitments.View v) => new(v.OwnerId, v.OwnerName, v.Today, v.Cards.Select(k => new CommitmentResponse(k.Commitment.Id,
        k.Commitment.Sentence(), k.Commitment.Kind, k.Commitment.Period, k.Commitment.Times, k.Commitment.Target, k.Commitment.Unit, k.Commitment.Archived,
        k.Commitment.GoalId, k.GoalTitle, k.Summary.CurrentStreak, k.Summary.BestStreak, k.Summary.MissedTwiceInARow, k.Summary.Strength,
        k.CheckedIn.Where(d => d > v.Today.AddDays(-ListCommitments.HeatmapDays)).Order().ToList())).ToList());
}
