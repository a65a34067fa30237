namespace Thrive.Web.Features.Board;

/// <summary>The reader's own board in their newest (or a named) programme, made with the default columns on first use.</summary>
public static class FindMyBoard
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Guid? programmeId, CancellationToken ct)
        {
            var place = await access.OwnPlaceAsync(actor, programmeId, ct);
            // Coordinators and people still applying have no board: the page says so instead of refusing the menu's link.
            if (!place.Succeeded) return Error.Validation("", "You have no accepted place as a mentor or mentee yet, so there is no board to show.");
            var programme = place.Value!.ProgrammeId;
            var id = await db.Boards.Where(b => b.OwnerId == actor.UserId && b.ProgrammeId == programme).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct);
            if (id is { } existing) return existing;
            var (board, columns) = TaskBoard.Start(programme, actor.UserId, reader.UtcNow);
            db.Boards.Add(board);
            db.BoardColumns.AddRange(columns);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
            {
                // Two tabs made it at once: the other one won; use theirs.
                db.ChangeTracker.Clear();
                return await db.Boards.Where(b => b.OwnerId == actor.UserId && b.ProgrammeId == programme).Select(b => b.Id).FirstAsync(ct);
            }
            return board.Id;
        }
    }
}
