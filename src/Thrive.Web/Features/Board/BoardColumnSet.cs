namespace Thrive.Web.Features.Board;

/// <summary>
/// A board's columns changed together (renaming, reordering and deleting one may touch the others' places): one
/// query loads them all, and a concurrent change to any of them answers 409 with nothing saved.
/// </summary>
internal static class BoardColumnSet
{
    /// <summary>Applies <paramref name="change"/> to the column and its board's other columns; the caller has checked access.</summary>
    public static async Task<Result<Unit>> ChangeAsync(ThriveDbContext db, Guid columnId, Func<BoardColumn, List<BoardColumn>, Task<Result<Unit>>> change, CancellationToken ct)
    {
        var all = await db.BoardColumns.Where(c => !c.IsDeleted && db.BoardColumns.Any(x => x.Id == columnId && x.BoardId == c.BoardId)).ToListAsync(ct);
        if (all.FirstOrDefault(c => c.Id == columnId) is not { } column) return Error.NotFound("Column");
        var r = await change(column, all);
        if (!r.Succeeded) return r;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Error.Conflict("The board's columns changed at the same moment. Reload and try again."); }
        return Result.Ok();
    }
}
