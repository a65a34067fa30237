namespace Thrive.Web.Features.Board;

/// <summary>One card with its notes, checklist, comments and the history of every move.</summary>
public static class GetTask
{
    public sealed record Item(Guid Id, string Text, bool Done);
    public sealed record Comment(string AuthorName, string Body, DateTimeOffset At);
    public sealed record Move(DateTimeOffset At, string? From, string To, string ActorName);
    public sealed record ColumnOption(Guid Id, string Name);

    /// <summary>The card; <see cref="CanEdit"/> when the reader may move and edit it, <see cref="CanComment"/> when they may comment.</summary>
    public sealed record View(Guid Id, Guid BoardId, string Title, string Notes, DateOnly? DueDate, Guid? GoalId, string? GoalTitle,
        Guid ColumnId, string ColumnName, Guid Version, bool TooBig, bool CanEdit, bool CanComment,
        IReadOnlyList<Item> Checklist, IReadOnlyList<Comment> Comments, IReadOnlyList<Move> Moves,
        IReadOnlyList<ColumnOption> Columns, IReadOnlyList<OwnerGoals.GoalOption> Goals);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid taskId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Card.Read, taskId, ct);
            if (grant.Denied is { } denied) return denied;
            var task = await db.Tasks.AsNoTracking().FirstAsync(t => t.Id == taskId, ct);
            var tooBigAfter = await db.Boards.Where(b => b.Id == task.BoardId).Select(b => b.TooBigAfterDays).FirstAsync(ct);
            var columns = await db.BoardColumns.AsNoTracking().Where(c => c.BoardId == task.BoardId).OrderBy(c => c.Position)
                .Select(c => new { c.Id, c.Name, c.Kind, c.IsDeleted }).ToListAsync(ct);
            var column = columns.First(c => c.Id == task.ColumnId);
            var goalTitle = task.GoalId is { } gid ? await db.Goals.Where(g => g.Id == gid).Select(g => g.Title).FirstOrDefaultAsync(ct) : null;
            var goals = await OwnerGoals.ListAsync(db, grant.OwnerId, grant.ProgrammeId, ct);
            var checklist = await db.ChecklistItems.Where(i => i.TaskId == taskId).OrderBy(i => i.Position).ThenBy(i => i.Id)
                .Select(i => new Item(i.Id, i.Text, i.Done)).ToListAsync(ct);
            var comments = await db.TaskComments.Where(c => c.TaskId == taskId).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Take(200)
                .Join(db.Users, c => c.AuthorId, u => u.Id, (c, u) => new Comment(u.DisplayName, c.Body, c.CreatedAt)).ToListAsync(ct);
            var moves = await db.TaskMoves.Where(m => m.TaskId == taskId).OrderByDescending(m => m.At).ThenBy(m => m.Id).Take(200)
                .Join(db.Users, m => m.ActorId, u => u.Id, (m, u) => new { m.At, m.FromColumnId, m.ToColumnId, u.DisplayName }).ToListAsync(ct);
            string Name(Guid? id) => columns.FirstOrDefault(c => c.Id == id)?.Name ?? "";
            return new View(task.Id, task.BoardId, task.Title, task.Notes, task.DueDate, task.GoalId, goalTitle,
                column.Id, column.Name, task.Version, BoardTask.IsTooBig(column.Kind, task.StartedAt, reader.UtcNow, tooBigAfter),
                grant.May(Policy.Card.Write), grant.May(Policy.Card.Comment), checklist, comments,
                moves.Select(m => new Move(m.At, m.FromColumnId is null ? null : Name(m.FromColumnId), Name(m.ToColumnId), m.DisplayName)).ToList(),
                columns.Where(c => !c.IsDeleted).Select(c => new ColumnOption(c.Id, c.Name)).ToList(), goals);
        }
    }
}
