namespace Thrive.Web.Features.Relationship;

/// <summary>
/// The relationship: feedback between partners, the midpoint check, closing and the journey.
/// </summary>
/// <remarks>The API: Situation-Impact-Action feedback between the two members of a pair under /api/v1, with the same handlers as the page: only the two of them read or write it; coordinators and admins get 403; only its receiver answers it.</remarks>
public sealed class RelationshipArea : IArea
{
    public string? ApiDescription => "Situation-Impact-Action feedback between the two members of a pair.";

    public sealed record FeedbackResponse(Guid Id, bool FromMe, string GiverName, FeedbackKind Kind, string Situation, string Impact, string Action,
        DateTimeOffset GivenAt, DateTimeOffset? AcknowledgedAt, string Reply, DateTimeOffset? RepliedAt);

    /// <summary>A page of feedback between the reader and <see cref="PartnerName"/>, newest first.</summary>
    public sealed record FeedbackListResponse(string PartnerName, Page<FeedbackResponse> Items);

    public void MapApi(RouteGroupBuilder api)
    {
        var pair = api.MapGroup("/pairs/{id:guid}");

        pair.MapGet("/feedback", async (HttpContext c, Guid id, int? page, ListFeedback.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, page, ct), ToResponse))
            .WithName("ListFeedback").WithSummary("Feedback between you and your partner, both ways, newest first (20 a page).");

        pair.MapPost("/feedback", async (HttpContext c, Guid id, GiveFeedback.Request body, GiveFeedback.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), id, body, ct), _ => $"/api/v1/pairs/{id}/feedback"))
            .WithName("GiveFeedback").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Give your partner feedback: the situation, its impact and an action (kind Observation, Praise or Change); 409 when the pair is not active.");

        pair.MapPost("/feedback/{feedbackId:guid}/acknowledge", async (HttpContext c, Guid id, Guid feedbackId, AcknowledgeFeedback.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, feedbackId, ct)))
            .WithName("AcknowledgeFeedback").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Tell your partner you have read their feedback (the receiver only); 409 when the pair is not active.");

        pair.MapPost("/feedback/{feedbackId:guid}/reply", async (HttpContext c, Guid id, Guid feedbackId, ReplyToFeedback.Request body, ReplyToFeedback.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, feedbackId, body, ct)))
            .WithName("ReplyToFeedback").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Reply once to feedback you received (the receiver only); replying also acknowledges it; 409 when already replied.");
    }

    private static FeedbackListResponse ToResponse(ListFeedback.View v) => new(v.PartnerName, new Page<FeedbackResponse>(
        v.Items.Items.Select(f => new FeedbackResponse(f.Id, f.FromMe, f.GiverName, f.Kind, f.Situation, f.Impact, f.Action, f.GivenAt, f.AcknowledgedAt, f.Reply, f.RepliedAt)).ToList(),
        v.Items.PageNumber, v.Items.PageSize, v.Items.Total));
}
