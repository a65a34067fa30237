namespace Thrive.Web.Features.Relationship;

/// <summary>The receiver tells their partner they have read the feedback.</summary>
public static class AcknowledgeFeedback
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, Guid feedbackId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Feedback.Answer, feedbackId, ct);
            if (grant.Denied is { } denied) return denied;
            return await ReceivedFeedback.AnswerAsync(db, grant, pairId, feedbackId, f => f.Acknowledge(actor.UserId, reader.UtcNow), ct);
        }
    }
}
