using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Board;
using Thrive.Domain.Common;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Board;

/// <summary>Changing a board: cards (add, move, edit, checklist, comments) and columns (add, change, reorder, delete).</summary>
public static class BoardActions
{
    public sealed record MoveResult(Guid Version, string? Warning);

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock)
    {
        /// <summary>The board's owner changes it; their partner may read it and comment.</summary>
        private async Task<(Error? Denied, TaskBoard? Board)> BoardForAsync(Actor actor, Guid boardId, bool write, CancellationToken ct)
        {
            var board = await db.Boards.FirstOrDefaultAsync(b => b.Id == boardId, ct);
            if (board is null) return (Error.NotFound("Board"), null);
            var a = await access.ForPersonAsync(actor, board.OwnerId, board.ProgrammeId, ct);
            var allowed = write ? a.IsOwner : a.CanViewSwot;
            return allowed ? (null, board) : (Error.Forbidden(), null);
        }

        public async Task<(Error? Denied, BoardTask? Task, TaskBoard? Board)> TaskForAsync(Actor actor, Guid taskId, bool write, CancellationToken ct)
        {
            var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, ct);
            if (task is null) return (Error.NotFound("Task"), null, null);
            var (denied, board) = await BoardForAsync(actor, task.BoardId, write, ct);
            return (denied, task, board);
        }

        public async Task<Result<Guid>> AddTaskAsync(Actor actor, Guid boardId, Guid? columnId, Guid? goalId, string? title, string? notes, DateOnly? due, CancellationToken ct)
        {
            var (denied, board) = await BoardForAsync(actor, boardId, write: true, ct);
            if (denied is not null) return denied;
            var columns = await db.BoardColumns.Where(c => c.BoardId == boardId && !c.IsDeleted).OrderBy(c => c.Position).ToListAsync(ct);
            var column = columnId is { } cid ? columns.FirstOrDefault(c => c.Id == cid) : columns.FirstOrDefault(c => c.Kind == ColumnKind.ToDo) ?? columns.FirstOrDefault();
            if (column is null) return Error.Validation("ColumnId", "Choose a column of this board.");
            if (goalId is { } g && !await db.Goals.AnyAsync(x => x.Id == g && x.OwnerId == board!.OwnerId && x.ProgrammeId == board.ProgrammeId, ct))
                return Error.Validation("GoalId", "Choose one of your goals, or none for the inbox.");
            var count = await db.Tasks.CountAsync(t => t.ColumnId == column.Id, ct);
            if (column.WipBlocks && column.WipLimit is { } limit && count >= limit)
                return Error.Conflict($"\"{column.Name}\" is at its limit of {limit}: add the task to another column.", "ColumnId");
            var now = clock.GetUtcNow();
            var created = BoardTask.Create(boardId, column, goalId, title, notes, due, count, now);
            if (!created.Succeeded) return Result<Guid>.Fail(created.Errors);
            db.Tasks.Add(created.Value!);
            db.TaskMoves.Add(TaskMove.Of(created.Value!.Id, null, column, actor.UserId, now));
            await db.SaveChangesAsync(ct);
            return created.Value!.Id;
        }

        /// <summary>Moves a card; all or nothing. A stale version answers 409 with nothing moved.</summary>
        public async Task<Result<MoveResult>> MoveAsync(Actor actor, Guid taskId, Guid columnId, int? position, Guid? version, CancellationToken ct)
        {
            var (denied, task, _) = await TaskForAsync(actor, taskId, write: true, ct);
            if (denied is not null) return denied;
            if (version is null) return Error.Validation("Version", "Send the card's version (from the board you see).");
            var columns = await db.BoardColumns.Where(c => c.Id == task!.ColumnId || c.Id == columnId).ToListAsync(ct);
            var from = columns.First(c => c.Id == task!.ColumnId);
            var to = columns.FirstOrDefault(c => c.Id == columnId);
            if (to is null) return Error.Validation("ColumnId", "That column does not exist.");
            var others = await db.Tasks.Where(t => t.ColumnId == columnId && t.Id != taskId).OrderBy(t => t.Position).ThenBy(t => t.Id).ToListAsync(ct);
            var now = clock.GetUtcNow();
            var target = Math.Clamp(position ?? 0, 0, others.Count);
            var moved = task!.Move(from, to, target, others.Count, version.Value, actor.UserId, now);
            if (!moved.Succeeded) return Result<MoveResult>.Fail(moved.Errors);
            db.Entry(task).Property(t => t.Version).OriginalValue = version.Value;
            others.Insert(target, task);
            for (var i = 0; i < others.Count; i++) if (others[i] != task) db.Entry(others[i]).Property(nameof(BoardTask.Position)).CurrentValue = i;
            if (moved.Value!.ChangedColumn) db.TaskMoves.Add(moved.Value);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict("This card was moved or changed in another tab or by someone else. Here is the board as it is now."); }
            var warning = to.WipLimit is { } limit && !to.WipBlocks && moved.Value.ChangedColumn && others.Count > limit
                ? $"\"{to.Name}\" now holds {others.Count} cards, over its limit of {limit}. Finishing beats starting." : null;
            return new MoveResult(task.Version, warning);
        }

        public async Task<Result<Unit>> EditTaskAsync(Actor actor, Guid taskId, Guid? goalId, string? title, string? notes, DateOnly? due, Guid? version, CancellationToken ct)
        {
            var (denied, task, board) = await TaskForAsync(actor, taskId, write: true, ct);
            if (denied is not null) return denied;
            if (version is null || version != task!.Version) return Error.Conflict("This card changed after you opened it. Reload to see the latest, then edit again.");
            if (goalId is { } g && !await db.Goals.AnyAsync(x => x.Id == g && x.OwnerId == board!.OwnerId && x.ProgrammeId == board.ProgrammeId, ct))
                return Error.Validation("GoalId", "Choose one of your goals, or none for the inbox.");
            var r = task.Edit(goalId, title, notes, due, clock.GetUtcNow());
            if (!r.Succeeded) return r;
            db.Entry(task).Property(t => t.Version).OriginalValue = version.Value;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict("This card changed after you opened it. Reload to see the latest, then edit again."); }
            return Result.Ok();
        }

        public async Task<Result<Unit>> AddChecklistItemAsync(Actor actor, Guid taskId, string? text, CancellationToken ct)
        {
            var (denied, _, _) = await TaskForAsync(actor, taskId, write: true, ct);
            if (denied is not null) return denied;
            var count = await db.ChecklistItems.CountAsync(i => i.TaskId == taskId, ct);
            if (count >= ChecklistItem.MaxPerTask) return Error.Validation("Text", $"A card holds at most {ChecklistItem.MaxPerTask} checklist items: split it.");
            var item = ChecklistItem.Add(taskId, text, count);
            if (!item.Succeeded) return Result<Unit>.Fail(item.Errors);
            db.ChecklistItems.Add(item.Value!);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }

        public async Task<Result<Unit>> ToggleChecklistItemAsync(Actor actor, Guid taskId, Guid itemId, CancellationToken ct)
        {
            var (denied, _, _) = await TaskForAsync(actor, taskId, write: true, ct);
            if (denied is not null) return denied;
            var item = await db.ChecklistItems.FirstOrDefaultAsync(i => i.Id == itemId && i.TaskId == taskId, ct);
            if (item is null) return Error.NotFound("Checklist item");
            item.Toggle();
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }

        public async Task<Result<Unit>> CommentAsync(Actor actor, Guid taskId, string? body, CancellationToken ct)
        {
            var (denied, _, _) = await TaskForAsync(actor, taskId, write: false, ct);
            if (denied is not null) return denied;
            var c = TaskComment.Write(taskId, actor.UserId, body, clock.GetUtcNow());
            if (!c.Succeeded) return Result<Unit>.Fail(c.Errors);
            db.TaskComments.Add(c.Value!);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }

        public async Task<Result<Unit>> AddColumnAsync(Actor actor, Guid boardId, string? name, ColumnKind kind, int? wipLimit, bool wipBlocks, CancellationToken ct)
        {
            var (denied, _) = await BoardForAsync(actor, boardId, write: true, ct);
            if (denied is not null) return denied;
            var count = await db.BoardColumns.CountAsync(c => c.BoardId == boardId && !c.IsDeleted, ct);
            if (count >= BoardColumn.MaxColumns) return Error.Validation("Name", $"A board has at most {BoardColumn.MaxColumns} columns.");
            var column = BoardColumn.Create(boardId, name, kind, count, wipLimit, wipBlocks);
            if (!column.Succeeded) return Result<Unit>.Fail(column.Errors);
            db.BoardColumns.Add(column.Value!);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }

        public Task<Result<Unit>> ChangeColumnAsync(Actor actor, Guid columnId, string? name, ColumnKind kind, int? wipLimit, bool wipBlocks, CancellationToken ct) =>
            WithColumnAsync(actor, columnId, (c, _) => Task.FromResult(c.Change(name, kind, wipLimit, wipBlocks)), ct);

        /// <summary>Moves a column one place left (-1) or right (+1).</summary>
        public Task<Result<Unit>> ShiftColumnAsync(Actor actor, Guid columnId, int direction, CancellationToken ct) =>
            WithColumnAsync(actor, columnId, async (c, all) =>
            {
                var ordered = all.OrderBy(x => x.Position).ToList();
                var i = ordered.IndexOf(c);
                var j = i + Math.Sign(direction);
                if (j < 0 || j >= ordered.Count) return Result.Ok();
                (ordered[i], ordered[j]) = (ordered[j], ordered[i]);
                for (var k = 0; k < ordered.Count; k++) if (ordered[k].Position != k) ordered[k].MoveTo(k);
                await Task.CompletedTask;
                return Result.Ok();
            }, ct);

        public Task<Result<Unit>> DeleteColumnAsync(Actor actor, Guid columnId, CancellationToken ct) =>
            WithColumnAsync(actor, columnId, async (c, all) =>
            {
                if (all.Count <= 1) return Error.Conflict("A board needs at least one column.");
                return c.Delete(await db.Tasks.CountAsync(t => t.ColumnId == c.Id, ct));
            }, ct);

        private async Task<Result<Unit>> WithColumnAsync(Actor actor, Guid columnId, Func<BoardColumn, List<BoardColumn>, Task<Result<Unit>>> change, CancellationToken ct)
        {
            var column = await db.BoardColumns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == columnId && !c.IsDeleted, ct);
            if (column is null) return Error.NotFound("Column");
            var (denied, _) = await BoardForAsync(actor, column.BoardId, write: true, ct);
            if (denied is not null) return denied;
            var all = await db.BoardColumns.Where(c => c.BoardId == column.BoardId && !c.IsDeleted).ToListAsync(ct);
            var r = await change(all.First(c => c.Id == columnId), all);
            if (!r.Succeeded) return r;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict("The board's columns changed at the same moment. Reload and try again."); }
            return Result.Ok();
        }
    }
}
