namespace Thrive.Domain.Board;

/// <summary>A person's Kanban board in one programme (the guide: break goals into small tasks; momentum is key).</summary>
public sealed class TaskBoard
{
    private TaskBoard() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public int TooBigAfterDays { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public const int DefaultTooBigAfterDays = 5;

    /// <summary>A new board with the default columns: To do, Doing (work in progress limit 3, a warning), Done.</summary>
    public static (TaskBoard Board, IReadOnlyList<BoardColumn> Columns) Start(Guid programmeId, Guid ownerId, DateTimeOffset now)
    {
        var board = new TaskBoard { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, TooBigAfterDays = DefaultTooBigAfterDays, CreatedAt = now };
        return (board,
        [
            BoardColumn.Create(board.Id, "To do", ColumnKind.ToDo, 0).Value!,
            BoardColumn.Create(board.Id, "Doing", ColumnKind.InProgress, 1, wipLimit: 3).Value!,
            BoardColumn.Create(board.Id, "Done", ColumnKind.Done, 2).Value!,
        ]);
    }

    public Result<Unit> SetTooBigAfter(int days)
    {
        if (days is < 1 or > 60) return Error.Validation("TooBigAfterDays", "Choose between 1 and 60 days.");
        TooBigAfterDays = days;
        return Result.Ok();
    }
}

public sealed class BoardColumn
{
    public const int NameMax = 40;
    public const int MaxColumns = 12;

    private BoardColumn() { Name = ""; }

    public Guid Id { get; private set; }
    public Guid BoardId { get; private set; }
    public string Name { get; private set; }
    public ColumnKind Kind { get; private set; }
    public int Position { get; private set; }
    public int? WipLimit { get; private set; }
    /// <summary>When true a move past the limit is refused; otherwise it is allowed with a warning.</summary>
    public bool WipBlocks { get; private set; }
    public bool IsDeleted { get; private set; }
    public Guid Version { get; private set; }

    public static Result<BoardColumn> Create(Guid boardId, string? name, ColumnKind kind, int position, int? wipLimit = null, bool wipBlocks = false)
    {
        var c = new BoardColumn { Id = Guid.NewGuid(), BoardId = boardId, Position = position };
        var r = c.Change(name, kind, wipLimit, wipBlocks);
        return r.Succeeded ? c : Result<BoardColumn>.Fail(r.Errors);
    }

    public Result<Unit> Change(string? name, ColumnKind kind, int? wipLimit, bool wipBlocks)
    {
        var v = new Validate().Required(nameof(Name), name, "Column name", NameMax)
            .That(Enum.IsDefined(kind), nameof(Kind), "Choose what the column means: to do, in progress or done.")
            .That(wipLimit is null or (>= 1 and <= 99), nameof(WipLimit), "A work-in-progress limit is between 1 and 99 (or empty for none).");
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        Name = name!.Trim();
        Kind = kind;
        WipLimit = wipLimit;
        WipBlocks = wipLimit is not null && wipBlocks;
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    public void MoveTo(int position) { Position = position; Version = Guid.NewGuid(); }

    public Result<Unit> Delete(int cardsInColumn)
    {
        if (cardsInColumn > 0) return Error.Conflict($"\"{Name}\" still holds {cardsInColumn} card(s): move them to another column first.");
        IsDeleted = true;
        Version = Guid.NewGuid();
        return Result.Ok();
    }
}
