using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Features.Relationship;

/// <summary>A member gives their partner feedback: the situation, its impact and an action, while the pair is active.</summary>
public static class GiveFeedback
{
    /// <summary>The form (and request body): Situation, Impact, Action (all three required), and whether it praises or asks for a change.</summary>
    public sealed record Request
    {
        public FeedbackKind Kind { get; init; } = FeedbackKind.Observation;
        public string? Situation { get; init; }
        public string? Impact { get; init; }
        public string? Action { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Guid pairId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Feedback.Give, pairId, ct);
            if (grant.Denied is { } denied) return denied;
            var pair = await PairFacts.LoadAsync(db, pairId, ct);
            var feedback = Feedback.Give(pairId, actor.UserId, pair.PartnerOf(actor.UserId), r.Kind, r.Situation, r.Impact, r.Action, reader.UtcNow);
            if (!feedback.Succeeded) return Result<Guid>.Fail(feedback.Errors);
            if (pair.RefuseUnlessActive() is { } ended) return ended;
            db.Feedback.Add(feedback.Value!);
            db.WebhookEvents.Add(WebhookEvent.ForFeedback(grant.ProgrammeId, feedback.Value!, feedback.Value!.GivenAt));
            await db.SaveChangesAsync(ct);
            return feedback.Value!.Id;
        }
    }
}
