namespace Thrive.Web.Features.Goals;

/// <summary>
/// Goals as rows with their progress (the latest measure, or the share of finished tasks): a person's goal list, and
/// both members' goals on the pair's pages. The caller has checked that the reader may see them.
/// </summary>
public sealed class GoalRows(ThriveDbContext db)
{
    /// <summary>A goal with its progress; <see cref="Measure"/> says where a measured goal stands ("problem sets solved: 7 of 12").</summary>
    public sealed record Row(Guid Id, Guid OwnerId, string Title, GoalCategory Category, GoalStatus Status, DateOnly? TargetDate, decimal Progress, bool Confirmed,
        string? Measure = null, Guid ProgrammeId = default);

    private static string? MeasureText(SmartFields s, decimal? latest) => s.HasMeasure
        ? $"{s.Metric}: {Num(latest ?? s.Baseline ?? 0m)} of {Num(s.Target!.Value)}{(s.Unit.Length > 0 ? " " + s.Unit : "")}"
        : null;

    private static string Num(decimal d) => d.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    public const int Limit = 100;

    /// <summary>The goals of these people in one programme, open ones first: three queries whatever their number.</summary>
    public Task<IReadOnlyList<Row>> ForOwnersAsync(IReadOnlyList<Guid> ownerIds, Guid programmeId, CancellationToken ct) =>
        RowsAsync(db.Goals.Where(g => ownerIds.Contains(g.OwnerId) && g.ProgrammeId == programmeId), ct);

    /// <summary>The goals of these people in any of these programmes, in the same three queries (the caller keeps the pairs it asked for).</summary>
    public Task<IReadOnlyList<Row>> ForPlacesAsync(IReadOnlyList<Guid> ownerIds, IReadOnlyList<Guid> programmeIds, CancellationToken ct) =>
        RowsAsync(db.Goals.Where(g => ownerIds.Contains(g.OwnerId) && programmeIds.Contains(g.ProgrammeId)), ct);

    /// <summary>These goals (a commitment's), in the same three queries; the caller has checked that the reader may see them.</summary>
    public Task<IReadOnlyList<Row>> ForGoalsAsync(IReadOnlyList<Guid> goalIds, CancellationToken ct) =>
        RowsAsync(db.Goals.Where(g => goalIds.Contains(g.Id)), ct);

    private async Task<IReadOnlyList<Row>> RowsAsync(IQueryable<Goal> query, CancellationToken ct)
    {
        var goals = await query.AsNoTracking()
            .OrderBy(g => g.Status == GoalStatus.Active ? 0 : g.Status == GoalStatus.Draft ? 1 : 2).ThenBy(g => g.CreatedAt).ThenBy(g => g.Id).Take(Limit)
            .Select(g => new { g.Id, g.OwnerId, g.ProgrammeId, g.Title, g.Category, g.Status, g.Smart, g.ConfirmedAt }).ToListAsync(ct);
        var ids = goals.Select(g => g.Id).ToList();
        var latest = await db.MeasureEntries.Where(m => ids.Contains(m.GoalId))
            .GroupBy(m => m.GoalId).Select(g => new { GoalId = g.Key, Date = g.Max(m => m.Date) })
            .Join(db.MeasureEntries, x => new { x.GoalId, x.Date }, m => new { m.GoalId, m.Date }, (x, m) => new { m.GoalId, m.Value })
            .ToListAsync(ct);
        var tasks = await TaskCountsAsync(ids, ct);
        return goals.Select(g =>
        {
            var value = latest.Where(l => l.GoalId == g.Id).Select(l => (decimal?)l.Value).FirstOrDefault();
            return new Row(g.Id, g.OwnerId, g.Title, g.Category, g.Status, g.Smart.TargetDate,
                GoalProgress.Of(g.Status, g.Smart, value, tasks.GetValueOrDefault(g.Id).Done, tasks.GetValueOrDefault(g.Id).Total),
                g.ConfirmedAt is not null, MeasureText(g.Smart, value), g.ProgrammeId);
        }).ToList();
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
