using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Board;
using Thrive.Domain.Common;
using Thrive.Persistence;
using Thrive.Web.Features.Goals;
using Thrive.Web.Infrastructure;
using Thrive.Web.Features.Common;

namespace Thrive.Web.Features.Board;

/// <summary>A board as the page shows it, in a fixed number of queries whatever its size.</summary>
public static class BoardView
{
    public sealed record Column(Guid Id, string Name, ColumnKind Kind, int Position, int? WipLimit, bool WipBlocks, int Count, IReadOnlyList<Card> Cards, int Hidden);

    public sealed record Card(Guid Id, string Title, Guid? GoalId, string? GoalTitle, DateOnly? DueDate, int ChecklistDone, int ChecklistTotal,
        int Comments, bool TooBig, Guid Version, int Position);

    public sealed record GoalOption(Guid Id, string Title);

    public sealed record View(Guid BoardId, Guid OwnerId, string OwnerName, Guid ProgrammeId, PersonAccess Access, IReadOnlyList<Column> Columns,
        IReadOnlyList<GoalOption> Goals, Guid? GoalFilter, int TooBigAfterDays, bool AllDone);

    /// <summary>At most this many cards of one column are drawn; the Done column shows its most recent.</summary>
    public const int CardsPerColumn = 500;

    /// <summary>Done columns show their most recent cards unless all are asked for.</summary>
    public const int RecentDone = 10;

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places, TimeProvider clock)
    {
        /// <summary>The actor's own board in their current (or given) programme, made on first use.</summary>
        public async Task<Result<Guid>> MyBoardIdAsync(Actor actor, Guid? programmeId, CancellationToken ct)
        {
            var place = await places.FindAsync(actor.UserId, programmeId, ct);
            if (place is null) return Error.Validation("", "You have no accepted place as a mentor or mentee yet, so there is no board to show.");
            var id = await db.Boards.Where(b => b.OwnerId == actor.UserId && b.ProgrammeId == place.ProgrammeId).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct);
            if (id is { } existing) return existing;
            var (board, columns) = TaskBoard.Start(place.ProgrammeId, actor.UserId, clock.GetUtcNow());
            db.Boards.Add(board);
            db.BoardColumns.AddRange(columns);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
            {
                // Two tabs made it at once: the other one won; use theirs.
                db.ChangeTracker.Clear();
                return await db.Boards.Where(b => b.OwnerId == actor.UserId && b.ProgrammeId == place.ProgrammeId).Select(b => b.Id).FirstAsync(ct);
            }
            return board.Id;
        }

        public async Task<Result<View>> GetAsync(Actor actor, Guid boardId, Guid? goal, CancellationToken ct, bool allDone = false)
        {
            var board = await db.Boards.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boardId, ct);
            if (board is null) return Error.NotFound("Board");
            var a = await access.ForPersonAsync(actor, board.OwnerId, board.ProgrammeId, ct);
            if (!a.CanViewSwot) return Error.Forbidden(); // like a SWOT, a board is the pair's
            var columns = await db.BoardColumns.AsNoTracking().Where(c => c.BoardId == boardId && !c.IsDeleted).OrderBy(c => c.Position).ToListAsync(ct);
            var tasks = db.Tasks.Where(t => t.BoardId == boardId && (goal == null || t.GoalId == goal));
            var counts = await tasks.GroupBy(t => t.ColumnId).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
            var rows = await tasks
                .OrderBy(t => t.ColumnId).ThenBy(t => t.Position).ThenBy(t => t.Id)
                .Take(CardsPerColumn * Math.Max(1, columns.Count))
                .Select(t => new
                {
                    t.Id, t.ColumnId, t.Title, t.GoalId, GoalTitle = db.Goals.Where(g => g.Id == t.GoalId).Select(g => g.Title).FirstOrDefault(),
                    t.DueDate, t.StartedAt, t.Version, t.Position,
                    Done = db.ChecklistItems.Count(i => i.TaskId == t.Id && i.Done), Total = db.ChecklistItems.Count(i => i.TaskId == t.Id),
                    Comments = db.TaskComments.Count(c => c.TaskId == t.Id),
                })
                .ToListAsync(ct);
            var now = clock.GetUtcNow();
            var view = columns.Select(c =>
            {
                var cards = rows.Where(r => r.ColumnId == c.Id).OrderBy(r => r.Position).Take(c.Kind == ColumnKind.Done && !allDone ? RecentDone : CardsPerColumn)
                    .Select(r => new Card(r.Id, r.Title, r.GoalId, r.GoalTitle, r.DueDate, r.Done, r.Total, r.Comments,
                        BoardTask.IsTooBig(c.Kind, r.StartedAt, now, board.TooBigAfterDays), r.Version, r.Position)).ToList();
                var count = counts.Where(x => x.Key == c.Id).Sum(x => x.N);
                return new Column(c.Id, c.Name, c.Kind, c.Position, c.WipLimit, c.WipBlocks, count, cards, count - cards.Count);
            }).ToList();
            var goals = await db.Goals.Where(g => g.OwnerId == board.OwnerId && g.ProgrammeId == board.ProgrammeId)
                .OrderBy(g => g.Title).Take(100).Select(g => new GoalOption(g.Id, g.Title)).ToListAsync(ct);
            var owner = await db.Users.Where(u => u.Id == board.OwnerId).Select(u => u.DisplayName).FirstAsync(ct);
            return new View(board.Id, board.OwnerId, owner, board.ProgrammeId, a, view, goals, goal, board.TooBigAfterDays, allDone);
        }
    }
}
