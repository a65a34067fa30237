namespace Thrive.Web.Features.Wellbeing;

/// <summary>How many cards a person has in progress on their boards in one programme now (one query).</summary>
public static class WorkInProgress
{
    public static Task<int> CountAsync(ThriveDbContext db, Guid ownerId, Guid programmeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Tasks.Join(db.BoardColumns, t => t.ColumnId, c => c.Id, (t, c) => new { t.BoardId, c.Kind, c.IsDeleted })
            .Join(db.Boards, x => x.BoardId, b => b.Id, (x, b) => new { x.Kind, x.IsDeleted, b.OwnerId, b.ProgrammeId })
            .CountAsync(x => x.OwnerId == ownerId && x.ProgrammeId == programmeId && x.Kind == ColumnKind.InProgress && !x.IsDeleted, ct);
    }
}
