namespace Thrive.Web.Features.Board;

/// <summary>A board as the page shows it (the owner's or their partner's), in a fixed number of queries whatever its size.</summary>
public static class GetBoard
{
    /// <summary>Only the cards of one goal; every card of a Done column instead of its most recent; every card of one long column.</summary>
    public sealed record Request
    {
        public Guid? Goal { get; init; }
        public bool AllDone { get; init; }
        public Guid? Column { get; init; }
    }

    public sealed record Column(Guid Id, string Name, ColumnKind Kind, int Position, int? WipLimit, bool WipBlocks, int Count, IReadOnlyList<Card> Cards, int Hidden);

    public sealed record Card(Guid Id, string Title, Guid? GoalId, string? GoalTitle, DateOnly? DueDate, int ChecklistDone, int ChecklistTotal,
        int Comments, bool TooBig, Guid Version, int Position);

    /// <summary>The board; <see cref="Mine"/> when the reader owns it, <see cref="CanWrite"/> when they may move cards and change columns.</summary>
    public sealed record View(Guid BoardId, Guid OwnerId, string OwnerName, Guid ProgrammeId, bool Mine, bool CanWrite, IReadOnlyList<Column> Columns,
        IReadOnlyList<OwnerGoals.GoalOption> Goals, Guid? GoalFilter, int TooBigAfterDays, bool AllDone);

    /// <summary>At most this many cards of a column asked for in full (<see cref="Request.Column"/>) are drawn.</summary>
    public const int CardsPerColumn = 500;

    /// <summary>A long column draws its first cards; the rest come on demand (the page's "Show all" link), as on a card board.</summary>
    public const int FirstCards = 40;

    /// <summary>Done columns show their most recent cards unless all are asked for.</summary>
    public const int RecentDone = 10;

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid boardId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Board.Read, boardId, ct);
            if (grant.Denied is { } denied) return denied;
            var board = await OwnerGoals.HeadingAsync(db, boardId, ct);
            var tooBigAfter = board.TooBigAfterDays;
            var columns = await Columns(db, boardId).ToListAsync(ct);
            var goal = r.Goal;
            // Every card's place (a narrow read, which also counts the columns), then the first cards of each column in full,
            // and the whole of at most one column asked for: a fixed number of queries whatever the board's size.
            var places = await Places(db, boardId, goal).ToListAsync(ct);
            var full = r.Column ?? (r.AllDone ? columns.FirstOrDefault(c => c.Kind == ColumnKind.Done)?.Id : null);
            var kinds = columns.ToDictionary(c => c.Id, c => c.Kind);
            int Drawn(Guid column) => column == full ? CardsPerColumn : kinds.GetValueOrDefault(column) == ColumnKind.Done ? RecentDone : FirstCards;
            var drawn = places.GroupBy(t => t.ColumnId)
                .SelectMany(g => g.OrderBy(t => t.Position).ThenBy(t => t.Id).Take(Drawn(g.Key)))
                .Select(t => t.Id).ToList();
            var rows = await Rows(db, drawn).ToListAsync(ct);
            var counts = places.GroupBy(t => t.ColumnId).ToDictionary(g => g.Key, g => g.Count());
            var now = reader.UtcNow;
            var view = columns.Select(c =>
            {
                var cards = rows.Where(x => x.ColumnId == c.Id).OrderBy(x => x.Position).ThenBy(x => x.Id)
                    .Select(x => new Card(x.Id, x.Title, x.GoalId, x.GoalTitle, x.DueDate, x.Done, x.Total, x.Comments,
                        BoardTask.IsTooBig(c.Kind, x.StartedAt, now, tooBigAfter), x.Version, x.Position)).ToList();
                var count = counts.GetValueOrDefault(c.Id);
                return new Column(c.Id, c.Name, c.Kind, c.Position, c.WipLimit, c.WipBlocks, count, cards, count - cards.Count);
            }).ToList();
            var goals = await OwnerGoals.ListAsync(db, grant.OwnerId, grant.ProgrammeId, ct);
            return new View(boardId, grant.OwnerId, board.OwnerName, grant.ProgrammeId, grant.Has(Tie.Owner), grant.May(Policy.Board.Write), view, goals, goal,
                tooBigAfter, r.AllDone);
        }

    }

    // The board's reads, compiled once per process: building and looking up their expression trees on every request cost
    // a board page more server time than running them (docs/performance.md).
    private static readonly Func<ThriveDbContext, Guid, IAsyncEnumerable<BoardColumn>> Columns = EF.CompileAsyncQuery<ThriveDbContext, Guid, BoardColumn>(
        (ThriveDbContext db, Guid boardId) => db.BoardColumns.AsNoTracking().Where(c => c.BoardId == boardId && !c.IsDeleted).OrderBy(c => c.Position));

    private static readonly Func<ThriveDbContext, Guid, Guid?, IAsyncEnumerable<Place>> Places = EF.CompileAsyncQuery(
        (ThriveDbContext db, Guid boardId, Guid? goal) => db.Tasks.Where(t => t.BoardId == boardId && (goal == null || t.GoalId == goal))
            .Select(t => new Place(t.Id, t.ColumnId, t.Position)));

    private static readonly Func<ThriveDbContext, List<Guid>, IAsyncEnumerable<Row>> Rows = EF.CompileAsyncQuery(
        (ThriveDbContext db, List<Guid> drawn) => db.Tasks.Where(t => drawn.Contains(t.Id)).Select(t => new Row(
            t.Id, t.ColumnId, t.Title, t.GoalId, db.Goals.Where(g => g.Id == t.GoalId).Select(g => g.Title).FirstOrDefault(),
            t.DueDate, t.StartedAt, t.Version, t.Position,
            db.ChecklistItems.Count(i => i.TaskId == t.Id && i.Done), db.ChecklistItems.Count(i => i.TaskId == t.Id),
            db.TaskComments.Count(c => c.TaskId == t.Id))));

    private sealed record Place(Guid Id, Guid ColumnId, int Position);

    private sealed record Row(Guid Id, Guid ColumnId, string Title, Guid? GoalId, string? GoalTitle, DateOnly? DueDate, DateTimeOffset? StartedAt,
        Guid Version, int Position, int Done, int Total, int Comments);
}
