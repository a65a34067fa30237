namespace Thrive.Web.Features.Swot;

/// <summary>
/// SWOT items addressed by id, for the changes that touch them (linking, unlinking, drafting a goal): they must exist,
/// belong to one SWOT the reader may revise, and (unless said otherwise) to its latest revision.
/// </summary>
internal static class SwotItemsFound
{
    public sealed record Found(Guid AnalysisId, Guid ProgrammeId, IReadOnlyList<SwotItem> Items);

    public static async Task<Result<Found>> ForChangeAsync(ThriveDbContext db, Access access, Actor actor, IReadOnlyCollection<Guid> ids, bool latestOnly,
        CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        var rows = await db.SwotItems.Where(i => wanted.Contains(i.Id))
            .Join(db.SwotRevisions, i => i.RevisionId, r => r.Id, (i, r) => new { Item = i, r.AnalysisId, r.Number }).ToListAsync(ct);
        if (rows.Count != wanted.Count) return Error.NotFound("SWOT item");
        Grant? grant = null;
        foreach (var analysisId in rows.Select(r => r.AnalysisId).Distinct())
        {
            grant = await access.CheckAsync(actor, Policy.Swot.Write, analysisId, ct);
            if (grant.Denied is { } denied) return denied;
        }
        if (rows.Select(r => r.AnalysisId).Distinct().Count() > 1) return Error.Validation("", "Link items of one SWOT.");
        var analysis = rows[0].AnalysisId;
        if (latestOnly)
        {
            var latest = await db.SwotRevisions.Where(r => r.AnalysisId == analysis).MaxAsync(r => r.Number, ct);
            if (rows.Any(r => r.Number != latest)) return Error.Conflict("Only the latest revision can be changed.");
        }
        return new Found(analysis, grant!.ProgrammeId, rows.Select(r => r.Item).ToList());
    }
}
