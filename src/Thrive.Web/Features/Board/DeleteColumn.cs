namespace Thrive.Web.Features.Board;

/// <summary>The owner deletes an empty column; the last column of a board stays.</summary>
public static class DeleteColumn
{
    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid columnId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Board.ChangeColumn, columnId, ct)).Denied is { } denied) return denied;
            return await BoardColumnSet.ChangeAsync(db, columnId, async (c, all) =>
            {
                if (all.Count <= 1) return Error.Conflict("A board needs at least one column.");
                return c.Delete(await db.Tasks.CountAsync(t => t.ColumnId == c.Id, ct));
            }, ct);
        }
    }
}
