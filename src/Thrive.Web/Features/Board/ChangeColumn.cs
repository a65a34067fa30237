namespace Thrive.Web.Features.Board;

/// <summary>The owner renames a column, changes what it means or its work-in-progress limit (a warning, or blocking moves past it).</summary>
public static class ChangeColumn
{
    /// <summary>A column's settings form (and request body).</summary>
    public sealed record Request : ColumnSettings;

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid columnId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Board.ChangeColumn, columnId, ct)).Denied is { } denied) return denied;
            return await BoardColumnSet.ChangeAsync(db, columnId, (c, _) => Task.FromResult(c.Change(r.Name, r.Kind ?? ColumnKind.ToDo, r.WipLimit, r.WipBlocks)), ct);
        }
    }
}
