namespace Thrive.Web.Features.Evidence;

/// <summary>A piece of evidence as its owner's edit form shows it, with the goals they can tie it to.</summary>
public static class GetEvidenceForm
{
    public sealed record View(AddEvidence.Request Form, IReadOnlyList<ListEvidence.GoalChoice> Goals);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid evidenceId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Evidence.Write, evidenceId, ct)).Denied is { } denied) return denied;
            var item = await db.EvidenceItems.AsNoTracking().FirstAsync(e => e.Id == evidenceId, ct);
            var goals = await db.EvidenceGoals.Where(l => l.EvidenceId == evidenceId).OrderBy(l => l.GoalId).Select(l => l.GoalId).Take(EvidenceGoals.Max).ToListAsync(ct);
            return new View(AddEvidence.Request.From(item, goals), await ListEvidence.GoalChoicesAsync(db, item.OwnerId, item.ProgrammeId, ct));
        }
    }
}
