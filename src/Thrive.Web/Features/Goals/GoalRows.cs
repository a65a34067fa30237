namespace Thrive.Web.Features.Goals;

/// <summary>
/// Goals as rows with their progress (the latest measure, or the share of finished tasks): a person's goal list, and
/// both members' goals on the pair's pages. The caller has checked that the reader may see them.
/// </summary>
public sealed class GoalRows(ThriveDbContext db)
{
    public sealed record Row(Guid Id, Guid OwnerId, string Title, GoalCategory Category, GoalStatus Status, DateOnly? TargetDate, decimal Progress, bool Confirmed);

    public const int Limit = 100;

    /// <summary>The goals of these people in one programme, open ones first: three queries whatever their number.</summary>
    public async Task<IReadOnlyList<Row>> ForOwnersAsync(IReadOnlyList<Guid> ownerIds, Guid programmeId, CancellationToken ct)
    {
        var goals = await db.Goals.AsNoTracking().Where(g => ownerIds.Contains(g.OwnerId) && g.ProgrammeId == programmeId)
            .OrderBy(g => g.Status == GoalStatus.Active ? 0 : g.Status == GoalStatus.Draft ? 1 : 2).ThenBy(g => g.CreatedAt).ThenBy(g => g.Id).Take(Limit)
            .Select(g => new { g.Id, g.OwnerId, g.Title, g.Category, g.Status, g.Smart, g.ConfirmedAt }).ToListAsync(ct);
        var ids = goals.Select(g => g.Id).ToList();
        var latest = await db.MeasureEntries.Where(m => ids.Contains(m.GoalId))
            .GroupBy(m => m.GoalId).Select(g => new { GoalId = g.Key, Date = g.Max(m => m.Date) })
            .Join(db.MeasureEntries, x => new { x.GoalId, x.Date }, m => new { m.GoalId, m.Date }, (x, m) => new { m.GoalId, m.Value })
            .ToListAsync(ct);
        var tasks = await TaskCountsAsync(ids, ct);
        return goals.Select(g => new Row(g.Id, g.OwnerId, g.Title, g.Category, g.Status, g.Smart.TargetDate,
            GoalProgress.Of(g.Status, g.Smart, latest.Where(l => l.GoalId == g.Id).Select(l => (decimal?)l.Value).FirstOrDefault(),
                tasks.GetValueOrDefault(g.Id).Done, tasks.GetValueOrDefault(g.Id).Total),
            g.ConfirmedAt is not null)).ToList();
    }

    /// <summary>Finished and all tasks per goal, in one grouped query.</summary>
    private async Task<Dictionary<Guid, (int Done, int Total)>> TaskCountsAsync(IReadOnlyList<Guid> goalIds, CancellationToken ct)
    {
        var rows = await db.Tasks.Where(t => t.GoalId != null && goalIds.Contains(t.GoalId.Value))
            .Join(db.BoardColumns, t => t.ColumnId, c => c.Id, (t, c) => new { GoalId = t.GoalId!.Value, c.Kind })
            .GroupBy(x => x.GoalId)
            .Select(g => new { g.Key, Done = g.Count(x => x.Kind == ColumnKind.Done), Total = g.Count() })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => (r.Done, r.Total));
    }
}
