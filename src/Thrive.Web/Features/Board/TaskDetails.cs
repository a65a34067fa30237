using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Board;
using Thrive.Domain.Common;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Board;

/// <summary>One card with its notes, checklist, comments and the history of every move.</summary>
public static class TaskDetails
{
    public sealed record Item(Guid Id, string Text, bool Done);
    public sealed record Comment(string AuthorName, string Body, DateTimeOffset At);
    public sealed record Move(DateTimeOffset At, string? From, string To, string ActorName);

    public sealed record View(BoardTask Task, Guid BoardId, string ColumnName, ColumnKind Kind, string? GoalTitle, bool CanEdit, bool TooBig,
        IReadOnlyList<Item> Checklist, IReadOnlyList<Comment> Comments, IReadOnlyList<Move> Moves,
        IReadOnlyList<(Guid Id, string Name)> Columns, IReadOnlyList<(Guid Id, string Title)> Goals);

    public sealed class Handler(ThriveDbContext db, BoardActions.Handler actions, TimeProvider clock)
    {
        public async Task<Result<View>> GetAsync(Actor actor, Guid taskId, CancellationToken ct)
        {
            var (denied, task, board) = await actions.TaskForAsync(actor, taskId, write: false, ct);
            if (denied is not null) return denied;
            var columns = await db.BoardColumns.AsNoTracking().Where(c => c.BoardId == board!.Id).OrderBy(c => c.Position)
                .Select(c => new { c.Id, c.Name, c.Kind, c.IsDeleted }).ToListAsync(ct);
            var column = columns.First(c => c.Id == task!.ColumnId);
            var goalTitle = task!.GoalId is { } gid ? await db.Goals.Where(g => g.Id == gid).Select(g => g.Title).FirstOrDefaultAsync(ct) : null;
            var checklist = await db.ChecklistItems.Where(i => i.TaskId == taskId).OrderBy(i => i.Position).Select(i => new Item(i.Id, i.Text, i.Done)).ToListAsync(ct);
            var comments = await db.TaskComments.Where(c => c.TaskId == taskId).OrderBy(c => c.CreatedAt).Take(200)
                .Join(db.Users, c => c.AuthorId, u => u.Id, (c, u) => new Comment(u.DisplayName, c.Body, c.CreatedAt)).ToListAsync(ct);
            var moves = await db.TaskMoves.Where(m => m.TaskId == taskId).OrderByDescending(m => m.At).Take(200)
                .Join(db.Users, m => m.ActorId, u => u.Id, (m, u) => new { m.At, m.FromColumnId, m.ToColumnId, u.DisplayName }).ToListAsync(ct);
            string Name(Guid? id) => columns.FirstOrDefault(c => c.Id == id)?.Name ?? "";
            var goals = await db.Goals.Where(g => g.OwnerId == board!.OwnerId && g.ProgrammeId == board.ProgrammeId).OrderBy(g => g.Title).Take(100)
                .Select(g => new { g.Id, g.Title }).ToListAsync(ct);
            return new View(task, board!.Id, column.Name, column.Kind, goalTitle, board.OwnerId == actor.UserId,
                BoardTask.IsTooBig(column.Kind, task.StartedAt, clock.GetUtcNow(), board.TooBigAfterDays),
                checklist, comments, moves.Select(m => new Move(m.At, m.FromColumnId is null ? null : Name(m.FromColumnId), Name(m.ToColumnId), m.DisplayName)).ToList(),
                columns.Where(c => !c.IsDeleted).Select(c => (c.Id, c.Name)).ToList(), goals.Select(g => (g.Id, g.Title)).ToList());
        }
    }
}
