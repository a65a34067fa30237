namespace Thrive.Web.Features.Board;

/// <summary>The owner adds a card to their board: to a column (To do by default), for a goal or the inbox.</summary>
public static class AddTask
{
    /// <summary>The form (and request body): the card's title, its goal (none for the inbox), column, notes and due date.</summary>
    public sealed record Request : CardFields
    {
        public Guid? ColumnId { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Guid boardId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Board.Write, boardId, ct);
            if (grant.Denied is { } denied) return denied;
            var columns = await db.BoardColumns.Where(c => c.BoardId == boardId && !c.IsDeleted).OrderBy(c => c.Position).ToListAsync(ct);
            var column = r.ColumnId is { } cid ? columns.FirstOrDefault(c => c.Id == cid) : columns.FirstOrDefault(c => c.Kind == ColumnKind.ToDo) ?? columns.FirstOrDefault();
            if (column is null) return Error.Validation(nameof(Request.ColumnId), "Choose a column of this board.");
            if (await OwnerGoals.CheckAsync(db, r.GoalId, grant.OwnerId, grant.ProgrammeId, ct) is { } wrongGoal) return wrongGoal;
            var count = await db.Tasks.CountAsync(t => t.ColumnId == column.Id, ct);
            if (column.WipBlocks && column.WipLimit is { } limit && count >= limit)
                return Error.Conflict($"\"{column.Name}\" is at its limit of {limit}: add the task to another column.", nameof(Request.ColumnId), BoardTask.WipLimitCode);
            var now = reader.UtcNow;
            var created = BoardTask.Create(boardId, column, r.GoalId, r.Title, r.Notes, r.DueDate, count, now);
            if (!created.Succeeded) return Result<Guid>.Fail(created.Errors);
            db.Tasks.Add(created.Value!);
            db.TaskMoves.Add(TaskMove.Of(created.Value!.Id, null, column, actor.UserId, now));
            await db.SaveChangesAsync(ct);
            return created.Value!.Id;
        }
    }
}
