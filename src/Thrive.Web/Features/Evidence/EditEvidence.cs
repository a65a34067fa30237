namespace Thrive.Web.Features.Evidence;

/// <summary>The owner changes a piece of evidence (the same fields as adding it; the goals it is tied to are replaced).</summary>
public static class EditEvidence
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid evidenceId, AddEvidence.Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Evidence.Write, evidenceId, ct);
            if (grant.Denied is { } denied) return denied;
            var item = await db.EvidenceItems.FirstAsync(e => e.Id == evidenceId, ct);
            var edited = item.Edit(r.ToDetails(reader.Today), reader.Today, reader.UtcNow);
            if (!edited.Succeeded) return edited;
            var goals = await EvidenceGoals.CheckAsync(db, item.OwnerId, item.ProgrammeId, r.Goals, ct);
            if (!goals.Succeeded) return Result<Unit>.Fail(goals.Errors);
            var links = await db.EvidenceGoals.Where(l => l.EvidenceId == evidenceId).OrderBy(l => l.GoalId).Take(EvidenceGoals.Max * 2).ToListAsync(ct);
            db.EvidenceGoals.RemoveRange(links.Where(l => !goals.Value!.Contains(l.GoalId)));
            db.EvidenceGoals.AddRange(goals.Value!.Where(g => links.All(l => l.GoalId != g)).Select(g => EvidenceGoal.Link(evidenceId, g)));
            await db.SaveChangesAsync(ct);
            return edited;
        }
    }
}
