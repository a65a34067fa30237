namespace Thrive.Web.Features.Pairs;

/// <summary>The coordinator ends a proposed or active pair, no fault; the reason stays in the coordinators' records.</summary>
public static class DissolvePair
{
    /// <summary>The form (and request body): why the pair ends. Required.</summary>
    public sealed record Request
    {
        public string? Reason { get; init; }
    }

    public sealed class Handler(PairStateChange pairs, ReaderClock reader)
    {
        public Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            return pairs.ApplyAsync(actor, pairId, p => p.Dissolve(r.Reason, reader.UtcNow), AuditActions.PairDissolved, (r.Reason ?? "").Trim(), ct);
        }
    }
}
