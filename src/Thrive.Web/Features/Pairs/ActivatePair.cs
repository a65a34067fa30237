namespace Thrive.Web.Features.Pairs;

/// <summary>The coordinator confirms a proposed pair: from now on the two work together.</summary>
public static class ActivatePair
{
    public sealed class Handler(PairStateChange pairs, ReaderClock reader)
    {
        public Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, CancellationToken ct) =>
            pairs.ApplyAsync(actor, pairId, p => p.Activate(reader.UtcNow), AuditActions.PairActivated, "", ct, WebhookEventType.PairConfirmed);
    }
}
