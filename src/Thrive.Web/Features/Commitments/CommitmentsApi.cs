using Thrive.Domain.Commitments;
using Thrive.Web.Infrastructure;
using static Thrive.Web.Infrastructure.ResultMapping;

namespace Thrive.Web.Features.Commitments;

/// <summary>
/// Commitments (weekly habits) and check-ins under /api/v1, with the same handler as the page: the owner checks in,
/// their partner reads, nobody else sees them.
/// </summary>
public static class CommitmentsApi
{
    public sealed record CommitmentDto(Guid Id, string Sentence, CommitmentKind Kind, HabitPeriod Period, int Times, decimal Target, string Unit,
        bool Archived, Guid? GoalId, string? GoalTitle, int CurrentStreak, int BestStreak, bool MissedTwiceInARow, double Strength,
        IReadOnlyList<DateOnly> CheckedIn);

    public sealed record ListDto(Guid OwnerId, string OwnerName, DateOnly Today, IReadOnlyList<CommitmentDto> Commitments);

    public sealed record CheckInRequest(DateOnly? Date, decimal? Value, string? Note);

    public static IEndpointRouteBuilder MapCommitmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Commitments");

        api.MapGet("/commitments", async (HttpContext c, Guid? owner, Commitments.Handler h, CancellationToken ct) =>
            Ok(await h.ListAsync(c.User.Actor(), owner, ct), ToDto)).WithName("ListCommitments").WithSummary("A person's commitments with streaks, strength and the days checked in over the last 12 weeks (yours by default; your partner's with ?owner=).");

        api.MapPost("/commitments/{id:guid}/check-ins", async (HttpContext c, Guid id, CheckInRequest body, Commitments.Handler h, CancellationToken ct) =>
            NoContent(await h.CheckInAsync(c.User.Actor(), id, body.Date, body.Value ?? 1m, body.Note, ct))).WithName("CheckIn").WithSummary("Check in on one of your commitments for a day (value 1 for a yes/no commitment, or the amount).");
        return app;
    }

    private static ListDto ToDto(Commitments.View v) => new(v.OwnerId, v.OwnerName, v.Today, v.Cards.Select(k => new CommitmentDto(k.Commitment.Id,
        k.Commitment.Sentence(), k.Commitment.Kind, k.Commitment.Period, k.Commitment.Times, k.Commitment.Target, k.Commitment.Unit, k.Commitment.Archived,
        k.Commitment.GoalId, k.GoalTitle, k.Summary.CurrentStreak, k.Summary.BestStreak, k.Summary.MissedTwiceInARow, k.Summary.Strength,
        k.CheckedIn.Where(d => d > v.Today.AddDays(-Commitments.HeatmapDays)).Order().ToList())).ToList());
}
