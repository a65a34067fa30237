namespace Thrive.Web.Features.Board;

/// <summary>
/// The owner moves a card to a column and place; all or nothing. A stale version (another tab moved it) answers 409
/// with code "stale", a blocking work-in-progress limit 409 with code "wip_limit"; nothing moves either way.
/// </summary>
public static class MoveTask
{
    /// <summary>The form (and request body): the target column, the place in it (top when none) and the card's version as the reader saw it.</summary>
    public sealed record Request
    {
        public Guid? ColumnId { get; init; }
        public int? Position { get; init; }
        public Guid? Version { get; init; }
    }

    /// <summary>The card's new version, and a warning when the move went past a column's (non-blocking) limit.</summary>
    public sealed record Moved(Guid Version, string? Warning);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Moved>> HandleAsync(Actor actor, Guid taskId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Card.Write, taskId, ct)).Denied is { } denied) return denied;
            if (r.Version is not { } version) return Error.Validation(nameof(Request.Version), "Send the card's version (from the board you see).");
            if (r.ColumnId is not { } columnId) return Error.Validation(nameof(Request.ColumnId), "Choose the column to move the card to.");
            var task = await db.Tasks.FirstAsync(t => t.Id == taskId, ct);
            var columns = await db.BoardColumns.Where(c => c.Id == task.ColumnId || c.Id == columnId).ToListAsync(ct);
            var from = columns.First(c => c.Id == task.ColumnId);
            var to = columns.FirstOrDefault(c => c.Id == columnId);
            if (to is null) return Error.Validation(nameof(Request.ColumnId), "That column does not exist.");
            var others = await db.Tasks.Where(t => t.ColumnId == columnId && t.Id != taskId).OrderBy(t => t.Position).ThenBy(t => t.Id).ToListAsync(ct);
            var target = Math.Clamp(r.Position ?? 0, 0, others.Count);
            var moved = task.Move(from, to, target, others.Count, version, actor.UserId, reader.UtcNow);
            if (!moved.Succeeded) return Result<Moved>.Fail(moved.Errors);
            db.Entry(task).Property(t => t.Version).OriginalValue = version;
            others.Insert(target, task);
            for (var i = 0; i < others.Count; i++) if (others[i] != task) db.Entry(others[i]).Property(nameof(BoardTask.Position)).CurrentValue = i;
            if (moved.Value!.ChangedColumn) db.TaskMoves.Add(moved.Value);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException)
            {
                return Error.Conflict("This card was moved or changed in another tab or by someone else. Here is the board as it is now.", code: BoardTask.StaleCode);
            }
            var warning = to.WipLimit is { } limit && !to.WipBlocks && moved.Value.ChangedColumn && others.Count > limit
                ? $"\"{to.Name}\" now holds {others.Count} cards, over its limit of {limit}. Finishing beats starting." : null;
            return new Moved(task.Version, warning);
        }
    }
}
