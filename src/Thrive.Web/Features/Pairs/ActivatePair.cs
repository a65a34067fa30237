namespace Thrive.Web.Features.Pairs;

/// <summary>The coordinator confirms a proposed pair: from now on the two work together.</summary>
public static class ActivatePair
{
    public sealed class Handler(ThriveDbContext db, Access access, AuditLog audit, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Pair.Manage, pairId, ct)).Denied is { } denied) return denied;
            return await PairStateChange.ApplyAsync(db, audit, actor, pairId, p => p.Activate(reader.UtcNow), AuditActions.PairActivated, "", ct);
        }
    }
}
