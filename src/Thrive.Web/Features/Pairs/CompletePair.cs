namespace Thrive.Web.Features.Pairs;

/// <summary>The coordinator marks an active pair completed (the pair itself completes through its closing).</summary>
public static class CompletePair
{
    public sealed class Handler(PairStateChange pairs, ReaderClock reader)
    {
        public Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, CancellationToken ct) =>
            pairs.ApplyAsync(actor, pairId, p => p.Complete(reader.UtcNow), AuditActions.PairCompleted, "", ct, WebhookEventType.PairCompleted);
    }
}
