using Thrive.Domain.Common;
using Thrive.Domain.Relationship;
using Thrive.Web.Infrastructure;
using static Thrive.Web.Infrastructure.ResultMapping;

namespace Thrive.Web.Features.Relationship;

/// <summary>
/// Situation-Impact-Action feedback between the two members of a pair under /api/v1, with the same handler as the
/// page: only the two of them read or write it; coordinators and admins get 403.
/// </summary>
public static class FeedbackApi
{
    public sealed record GiveRequest(FeedbackKind Kind, string? Situation, string? Impact, string? Action);

    public sealed record ReplyRequest(string? Reply);

    public static RouteGroupBuilder MapFeedbackApi(this RouteGroupBuilder root)
    {
        var api = root.MapGroup("/pairs/{id:guid}");

        api.MapGet("/feedback", async (HttpContext c, Guid id, int? page, PairFeedback.Handler h, CancellationToken ct) =>
            Ok(await h.ListAsync(c.User.Actor(), id, page, ct), v => new { v.PartnerName, v.Items })).WithName("ListFeedback").WithSummary("Feedback between you and your partner, both ways, newest first (20 a page).");

        api.MapPost("/feedback", async (HttpContext c, Guid id, GiveRequest body, PairFeedback.Handler h, CancellationToken ct) =>
            Created(await h.GiveAsync(c.User.Actor(), id, new PairFeedback.Request(body.Kind, body.Situation, body.Impact, body.Action), ct),
                _ => $"/api/v1/pairs/{id}/feedback")).WithName("GiveFeedback").WithSummary("Give your partner feedback: the situation, its impact and an action (kind Observation, Praise or Change).");

        api.MapPost("/feedback/{feedbackId:guid}/acknowledge", async (HttpContext c, Guid id, Guid feedbackId, PairFeedback.Handler h, CancellationToken ct) =>
            NoContent(await h.AcknowledgeAsync(c.User.Actor(), id, feedbackId, ct)))
            .WithName("AcknowledgeFeedback").WithSummary("Tell your partner you have read their feedback (the receiver only).");

        api.MapPost("/feedback/{feedbackId:guid}/reply", async (HttpContext c, Guid id, Guid feedbackId, ReplyRequest body, PairFeedback.Handler h, CancellationToken ct) =>
            NoContent(await h.ReplyAsync(c.User.Actor(), id, feedbackId, body.Reply, ct)))
            .WithName("ReplyToFeedback").WithSummary("Reply once to feedback you received; replying also acknowledges it.");
        return root;
    }
}
