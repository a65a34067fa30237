namespace Thrive.Web.Features.Evidence;

/// <summary>The owner removes a piece of evidence (its ties to goals go with it).</summary>
public static class DeleteEvidence
{
    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid evidenceId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Evidence.Write, evidenceId, ct)).Denied is { } denied) return denied;
            await db.EvidenceGoals.Where(l => l.EvidenceId == evidenceId).ExecuteDeleteAsync(ct);
            await db.EvidenceItems.Where(e => e.Id == evidenceId).ExecuteDeleteAsync(ct);
            return Result.Ok();
        }
    }
}
