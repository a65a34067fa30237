namespace Thrive.Web.Features.Board;

/// <summary>The owner adds a column at the right of their board (at most <see cref="BoardColumn.MaxColumns"/>).</summary>
public static class AddColumn
{
    /// <summary>The form (and request body) for a new column.</summary>
    public sealed record Request : ColumnSettings;

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid boardId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Board.Write, boardId, ct)).Denied is { } denied) return denied;
            var count = await db.BoardColumns.CountAsync(c => c.BoardId == boardId && !c.IsDeleted, ct);
            if (count >= BoardColumn.MaxColumns) return Error.Validation(nameof(Request.Name), $"A board has at most {BoardColumn.MaxColumns} columns.");
            return await NewRow.AddAsync(db, BoardColumn.Create(boardId, r.Name, r.Kind ?? ColumnKind.ToDo, count, r.WipLimit, r.WipBlocks), ct);
        }
    }
}
