namespace Thrive.Web.Features.Board;

/// <summary>
/// Flow metrics of a board (or of one goal on it), computed from the move history on request: two queries. Days and
/// weeks are the reader's own, in their time zone.
/// </summary>
public static class GetFlowMetrics
{
    /// <summary>One goal's cards only (the whole board when none), over how many weeks (4 to 52).</summary>
    public sealed record Request
    {
        public Guid? Goal { get; init; }
        public int Weeks { get; init; } = 12;
    }

    public sealed record View(Guid BoardId, string OwnerName, bool Mine, Guid? GoalId, string? GoalTitle,
        IReadOnlyList<OwnerGoals.GoalOption> Goals, FlowSummary Summary, IReadOnlyDictionary<Guid, string> Titles, int Tasks);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid boardId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Board.Read, boardId, ct);
            if (grant.Denied is { } denied) return denied;
            var board = await OwnerGoals.HeadingAsync(db, boardId, ct);
            var (flows, titles) = await FlowsAsync(boardId, r.Goal, ct);
            var summary = FlowMetrics.Compute(flows, reader.UtcNow, TimeZones.Find(reader.TimeZone), Math.Clamp(r.Weeks, 4, 52),
                new FlowOptions(TooBigDays: board.TooBigAfterDays));
            var goals = await OwnerGoals.ListAsync(db, grant.OwnerId, grant.ProgrammeId, ct);
            return new View(boardId, board.OwnerName, grant.Has(Tie.Owner), r.Goal, goals.FirstOrDefault(g => g.Id == r.Goal)?.Title, goals, summary, titles, flows.Count);
        }

        /// <summary>Every task's history as flow data: one query for the tasks, one for their moves.</summary>
        private async Task<(List<TaskFlow> Flows, Dictionary<Guid, string> Titles)> FlowsAsync(Guid boardId, Guid? goalId, CancellationToken ct)
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
