namespace Thrive.Domain.Board;

/// <summary>A small task on a board: of a goal or in the general inbox (no goal).</summary>
public sealed class BoardTask
{
    public const int TitleMax = 200;
    public const int NotesMax = 10_000;

    /// <summary>The code of a refusal because the card changed since the reader saw it (scripts and board.js read it).</summary>
    public const string StaleCode = "stale";

    /// <summary>The code of a refusal because the column is at its blocking work-in-progress limit.</summary>
    public const string WipLimitCode = "wip_limit";

    private BoardTask() { Title = ""; Notes = ""; }

    public Guid Id { get; private set; }
    public Guid BoardId { get; private set; }
    public Guid? GoalId { get; private set; }
    public Guid ColumnId { get; private set; }
    public int Position { get; private set; }
    public string Title { get; private set; }
    public string Notes { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid Version { get; private set; }

    public static Result<BoardTask> Create(Guid boardId, BoardColumn column, Guid? goalId, string? title, string? notes, DateOnly? due, int position, DateTimeOffset now)
    {
        var t = new BoardTask { Id = Guid.NewGuid(), BoardId = boardId, ColumnId = column.Id, CreatedAt = now, Position = position };
        if (column.BoardId != boardId || column.IsDeleted) return Error.Validation("ColumnId", "Choose a column of this board.");
        var r = t.Edit(goalId, title, notes, due, now);
        if (!r.Succeeded) return Result<BoardTask>.Fail(r.Errors);
        if (column.Kind == ColumnKind.InProgress) t.StartedAt = now;
        return t;
    }

    public Result<Unit> Edit(Guid? goalId, string? title, string? notes, DateOnly? due, DateTimeOffset now)
    {
        var v = new Validate().Required(nameof(Title), title, "Title", TitleMax).MaxLength(nameof(Notes), notes, "Notes", NotesMax)
            .That(due is null || due.Value.Year is >= 2000 and <= 2100, nameof(DueDate), "The due date must be between the years 2000 and 2100.");
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        GoalId = goalId;
        Title = title!.Trim();
        Notes = (notes ?? "").Trim();
        DueDate = due;
        Touch(now);
        return Result.Ok();
    }

    /// <summary>
    /// Moves the card. <paramref name="targetCount"/> is how many other cards the target column holds now.
    /// A stale version, a column of another board, a deleted column or a blocking limit are refused.
    /// </summary>
    public Result<TaskMove> Move(BoardColumn from, BoardColumn to, int position, int targetCount, Guid expectedVersion, Guid actorId, DateTimeOffset now)
    {
        if (expectedVersion != Version)
            return Error.Conflict("This card was moved or changed in another tab or by someone else. Here is the board as it is now.", code: StaleCode);
        if (to.BoardId != BoardId) return Error.Validation("ColumnId", "That column belongs to another board.");
        if (to.IsDeleted) return Error.Validation("ColumnId", "That column has been deleted.");
        var changesColumn = to.Id != ColumnId;
        if (changesColumn && to.WipLimit is { } limit && to.WipBlocks && targetCount >= limit)
            return Error.Conflict($"\"{to.Name}\" is at its limit of {limit}: finish or move a card out first.", "ColumnId", WipLimitCode);
        var move = TaskMove.Of(Id, changesColumn ? from : null, to, actorId, now);
        ColumnId = to.Id;
        Position = Math.Max(0, position);
        if (to.Kind == ColumnKind.InProgress && StartedAt is null) StartedAt = now;
        Touch(now);
        return move;
    }

    /// <summary>True when the card has been in progress for longer than the board's limit: a hint to split it.</summary>
    public static bool IsTooBig(ColumnKind kind, DateTimeOffset? startedAt, DateTimeOffset now, int days) =>
        kind == ColumnKind.InProgress && startedAt is { } s && (now - s).TotalDays > days;

    private void Touch(DateTimeOffset now) { UpdatedAt = now; Version = Guid.NewGuid(); }
}

/// <summary>One move of a card, kept for its history and the flow metrics (reordering within a column has no "from").</summary>
public sealed class TaskMove
{
    private TaskMove() { }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }
    public Guid? FromColumnId { get; private set; }
    public Guid ToColumnId { get; private set; }
    public ColumnKind ToKind { get; private set; }
    public Guid ActorId { get; private set; }
    public DateTimeOffset At { get; private set; }

    public bool ChangedColumn => FromColumnId is not null;

    public static TaskMove Of(Guid taskId, BoardColumn? from, BoardColumn to, Guid actorId, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(), TaskId = taskId, FromColumnId = from?.Id, ToColumnId = to.Id, ToKind = to.Kind, ActorId = actorId, At = at,
    };
}

public sealed class ChecklistItem
{
    public const int TextMax = 300;
    public const int MaxPerTask = 50;

    private ChecklistItem() { Text = ""; }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }
    public string Text { get; private set; }
    public bool Done { get; private set; }
    public int Position { get; private set; }

    public static Result<ChecklistItem> Add(Guid taskId, string? text, int position)
    {
        var v = new Validate().Required(nameof(Text), text, "Checklist item", TextMax);
        return v.Ok ? new ChecklistItem { Id = Guid.NewGuid(), TaskId = taskId, Text = text!.Trim(), Position = position } : Result<ChecklistItem>.Fail(v.Errors);
    }

    public void Toggle() => Done = !Done;
}

public sealed class TaskComment
{
    private TaskComment() { Body = ""; }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Body { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<TaskComment> Write(Guid taskId, Guid authorId, string? body, DateTimeOffset now)
    {
        var text = CommentBody.Check(body);
        return text.Succeeded
            ? new TaskComment { Id = Guid.NewGuid(), TaskId = taskId, AuthorId = authorId, Body = text.Value!, CreatedAt = now }
            : Result<TaskComment>.Fail(text.Errors);
    }
}
