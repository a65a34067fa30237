namespace Thrive.Web.Features.Board;

/// <summary>The GROW worksheet's first step becomes the goal's first card (Goals calls this; Board never calls Goals).</summary>
public static class AddFirstStep
{
    public sealed class Handler(ThriveDbContext db, ReaderClock clock)
    {
        /// <summary>
        /// The GROW worksheet's first step becomes the goal's first task, on the owner's board (made if needed).
        /// Nothing happens when the goal already has tasks. The caller has checked that the actor owns the goal.
        /// </summary>
        public async Task HandleAsync(Guid ownerId, Guid programmeId, Guid goalId, string firstStep, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(firstStep) || await db.Tasks.AnyAsync(t => t.GoalId == goalId, ct)) return;
            var now = clock.UtcNow;
            var board = await db.Boards.FirstOrDefaultAsync(b => b.OwnerId == ownerId && b.ProgrammeId == programmeId, ct);
            BoardColumn? column;
            if (board is null)
            {
                var (fresh, columns) = TaskBoard.Start(programmeId, ownerId, now);
                db.Boards.Add(fresh);
                db.BoardColumns.AddRange(columns);
                (board, column) = (fresh, columns[0]);
            }
            else
            {
                column = await db.BoardColumns.Where(c => c.BoardId == board.Id && !c.IsDeleted).OrderBy(c => c.Kind != ColumnKind.ToDo).ThenBy(c => c.Position).FirstOrDefaultAsync(ct);
                if (column is null) return;
            }
            var title = firstStep.Trim();
            var task = BoardTask.Create(board.Id, column, goalId, title.Length > BoardTask.TitleMax ? title[..BoardTask.TitleMax] : title, null, null, 0, now);
            if (!task.Succeeded) return;
            db.Tasks.Add(task.Value!);
            db.TaskMoves.Add(TaskMove.Of(task.Value!.Id, null, column, ownerId, now));
        }
    }
}
