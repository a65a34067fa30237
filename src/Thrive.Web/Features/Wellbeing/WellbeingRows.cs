namespace Thrive.Web.Features.Wellbeing;

/// <summary>A stressor with its coping strategies, as lists and the single read show it.</summary>
public sealed record StressorRow(Stressor Stressor, IReadOnlyList<CopingStrategy> Strategies);

/// <summary>The reads of wellbeing entries that the lists and the single reads share: always the owner's, filtered to the shared ones unless the reader is the owner.</summary>
public static class WellbeingRows
{
    public static IQueryable<WellbeingCheckIn> CheckIns(ThriveDbContext db, WellbeingOwner o)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(o);
        var q = db.WellbeingCheckIns.AsNoTracking().Where(c => c.OwnerId == o.OwnerId && c.ProgrammeId == o.ProgrammeId);
        return o.All ? q : q.Where(c => c.Shared);
    }

    public static IQueryable<Stressor> Stressors(ThriveDbContext db, WellbeingOwner o)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(o);
        var q = db.Stressors.AsNoTracking().Where(c => c.OwnerId == o.OwnerId && c.ProgrammeId == o.ProgrammeId);
        return o.All ? q : q.Where(c => c.Shared);
    }

    public static IQueryable<Win> Wins(ThriveDbContext db, WellbeingOwner o)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(o);
        var q = db.Wins.AsNoTracking().Where(c => c.OwnerId == o.OwnerId && c.ProgrammeId == o.ProgrammeId);
        return o.All ? q : q.Where(c => c.Shared);
    }

    /// <summary>The strategies of the given stressors, in one query.</summary>
    public static async Task<IReadOnlyList<StressorRow>> WithStrategiesAsync(ThriveDbContext db, IReadOnlyList<Stressor> stressors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stressors);
        var ids = stressors.Select(s => s.Id).ToList();
        var strategies = ids.Count == 0 ? [] : await db.CopingStrategies.AsNoTracking().Where(s => ids.Contains(s.StressorId))
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Take(ids.Count * Stressor.StrategiesMax).ToListAsync(ct);
        var byStressor = strategies.ToLookup(s => s.StressorId);
        return stressors.Select(s => new StressorRow(s, byStressor[s.Id].ToList())).ToList();
    }
}
