namespace Thrive.Web.Features.Relationship;

/// <summary>The receiver replies once to feedback; replying also acknowledges it.</summary>
public static class ReplyToFeedback
{
    /// <summary>The reply (required): what the feedback brought up, and what the receiver will do.</summary>
    public sealed record Request
    {
        public string? Reply { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, Guid feedbackId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Feedback.Answer, feedbackId, ct);
            if (grant.Denied is { } denied) return denied;
            return await ReceivedFeedback.AnswerAsync(db, grant, pairId, feedbackId, f => f.Respond(actor.UserId, r.Reply, reader.UtcNow), ct);
        }
    }
}
