namespace Thrive.Web.Features.Goals;

/// <summary>The SWOT items a goal can come from: the latest revision of its owner's SWOT in the goal's programme.</summary>
public static class GoalSwotLinks
{
    public sealed record Option(Guid Id, SwotQuadrant Quadrant, string Text);

    /// <summary>At most this many items are linked to one goal.</summary>
    public const int Max = 20;

    /// <summary>The items of the owner's latest SWOT revision in the programme, quadrant by quadrant (none without a SWOT).</summary>
    public static async Task<IReadOnlyList<Option>> OptionsAsync(ThriveDbContext db, Guid ownerId, Guid programmeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var revision = await db.SwotRevisions
            .Where(r => db.SwotAnalyses.Any(a => a.Id == r.AnalysisId && a.OwnerId == ownerId && a.ProgrammeId == programmeId))
            .OrderByDescending(r => r.Number).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        if (revision is null) return [];
        return await db.SwotItems.Where(i => i.RevisionId == revision).OrderBy(i => i.Quadrant).ThenBy(i => i.Position)
            .Select(i => new Option(i.Id, i.Quadrant, i.Text)).ToListAsync(ct);
    }

    /// <summary>Links the goal to those of <paramref name="itemIds"/> that are items of the owner's own SWOT in this programme.</summary>
    public static async Task AddAsync(ThriveDbContext db, Guid goalId, Guid ownerId, Guid programmeId, IReadOnlyList<Guid>? itemIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = (itemIds ?? []).Distinct().Take(Max).ToList();
        if (ids.Count == 0) return;
        var own = await db.SwotItems.Where(i => ids.Contains(i.Id))
            .Join(db.SwotRevisions, i => i.RevisionId, r => r.Id, (i, r) => new { i.Id, r.AnalysisId })
            .Join(db.SwotAnalyses, x => x.AnalysisId, a => a.Id, (x, a) => new { x.Id, a.OwnerId, a.ProgrammeId })
            .Where(x => x.OwnerId == ownerId && x.ProgrammeId == programmeId).Select(x => x.Id).ToListAsync(ct);
        db.GoalSwotLinks.AddRange(own.Select(id => GoalSwotLink.Of(goalId, id)));
    }
}
