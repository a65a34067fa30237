using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Board;
using Thrive.Domain.Common;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Board;

/// <summary>Flow metrics of a board (or of one goal on it), computed from the move history on request: two queries.</summary>
public static class BoardFlow
{
    public sealed record View(Guid BoardId, string OwnerName, bool IsOwner, Guid? GoalId, string? GoalTitle,
        IReadOnlyList<BoardView.GoalOption> Goals, FlowSummary Summary, IReadOnlyDictionary<Guid, string> Titles, int Tasks);

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock)
    {
        public async Task<Result<View>> GetAsync(Actor actor, Guid boardId, Guid? goalId, string timeZone, int weeks, CancellationToken ct)
        {
            var board = await db.Boards.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boardId, ct);
            if (board is null) return Error.NotFound("Board");
            var a = await access.ForPersonAsync(actor, board.OwnerId, board.ProgrammeId, ct);
            if (!a.CanViewSwot) return Error.Forbidden();
            var flows = await FlowsAsync(boardId, goalId, ct);
            var tz = TimeZones.IsKnown(timeZone) ? TimeZoneInfo.FindSystemTimeZoneById(timeZone) : TimeZoneInfo.Utc;
            var summary = FlowMetrics.Compute(flows.Flows, clock.GetUtcNow(), tz, Math.Clamp(weeks, 4, 52), new FlowOptions(TooBigDays: board.TooBigAfterDays));
            var goals = await db.Goals.Where(g => g.OwnerId == board.OwnerId && g.ProgrammeId == board.ProgrammeId)
                .OrderBy(g => g.Title).Take(100).Select(g => new BoardView.GoalOption(g.Id, g.Title)).ToListAsync(ct);
            var owner = await db.Users.Where(u => u.Id == board.OwnerId).Select(u => u.DisplayName).FirstAsync(ct);
            return new View(boardId, owner, a.IsOwner, goalId, goals.FirstOrDefault(g => g.Id == goalId)?.Title, goals, summary, flows.Titles, flows.Flows.Count);
        }

        /// <summary>Every task's history as flow data: one query for the tasks, one for their moves.</summary>
        public async Task<(List<TaskFlow> Flows, Dictionary<Guid, string> Titles)> FlowsAsync(Guid boardId, Guid? goalId, CancellationToken ct)
        {
            var tasks = await db.Tasks.AsNoTracking().Where(t => t.BoardId == boardId && (goalId == null || t.GoalId == goalId))
                .Select(t => new { t.Id, t.GoalId, t.CreatedAt, t.Title }).ToListAsync(ct);
            var moves = await db.TaskMoves.AsNoTracking()
                .Where(m => db.Tasks.Any(t => t.Id == m.TaskId && t.BoardId == boardId && (goalId == null || t.GoalId == goalId)))
                .OrderBy(m => m.TaskId).ThenBy(m => m.At)
                .Select(m => new { m.TaskId, m.At, m.ToKind, First = m.FromColumnId == null }).ToListAsync(ct);
            var byTask = moves.GroupBy(m => m.TaskId).ToDictionary(g => g.Key, g => g.ToList());
            var flows = tasks.Select(t =>
            {
                var list = byTask.GetValueOrDefault(t.Id) ?? [];
                // The first move is the card being added to its first column; later "from-less" moves are reorders.
                var initial = list.Count > 0 ? list[0].ToKind : ColumnKind.ToDo;
                var later = list.Skip(1).Where(m => !m.First).Select(m => new FlowMove(m.At, m.ToKind)).ToList();
                return new TaskFlow(t.Id, t.GoalId, t.CreatedAt, initial, later);
            }).ToList();
            return (flows, tasks.ToDictionary(t => t.Id, t => t.Title));
        }
    }
}
