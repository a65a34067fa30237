namespace Thrive.Web.Features.Pairs;

/// <summary>The coordinator marks an active pair completed (the pair itself completes through its closing).</summary>
public static class CompletePair
{
    public sealed class Handler(ThriveDbContext db, Access access, AuditLog audit, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Pair.Manage, pairId, ct)).Denied is { } denied) return denied;
            return await PairStateChange.ApplyAsync(db, audit, actor, pairId, p => p.Complete(reader.UtcNow), AuditActions.PairCompleted, "", ct);
        }
    }
}
