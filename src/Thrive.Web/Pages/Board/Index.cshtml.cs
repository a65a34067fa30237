using Thrive.Web.Features.Board;

namespace Thrive.Web.Pages.Board;

public sealed class IndexModel(FindMyBoard.Handler find, GetBoard.Handler get, AddTask.Handler addTask, MoveTask.Handler moveTask,
    AddColumn.Handler addColumn, ChangeColumn.Handler changeColumn, ShiftColumn.Handler shiftColumn, DeleteColumn.Handler deleteColumn) : ThrivePageModel
{
    public GetBoard.View? View { get; private set; }
    public string? Problem { get; private set; }
    public string? Notice { get; private set; }
    [BindProperty(SupportsGet = true)] public Guid? Goal { get; set; }
    [BindProperty(SupportsGet = true)] public bool AllDone { get; set; }
    /// <summary>A long column shown in full (its first cards otherwise).</summary>
    [BindProperty(SupportsGet = true, Name = "all")] public Guid? AllOf { get; set; }
    [BindProperty] public AddTask.Request Add { get; set; } = new();
    [BindProperty] public AddColumn.Request NewColumn { get; set; } = new();

    // One Move form per card and one settings form per column: their fields share these names (see ShowStoredValues).
    [BindProperty] public MoveTask.Request Move { get; set; } = new();
    [BindProperty] public ChangeColumn.Request Column { get; set; } = new();
    [BindProperty] public ShiftColumn.Request Shift { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid? boardId, string? notice, CancellationToken ct)
    {
        // board.js reloads with one of these after the API refused a drop (it reads the refusal's code, not its words).
        Notice = notice switch
        {
            "stale" => "That card was moved or changed in another tab or by someone else, so your move was not made. Here is the board as it is now.",
            "wip" => "That column is at its work-in-progress limit, so the card stayed where it was. Finish or move a card out first.",
            "error" => "That move could not be made. Here is the board as it is now.",
            _ => null,
        };
        return await LoadAsync(boardId, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAddAsync(Guid boardId, CancellationToken ct) =>
        await AfterAsync(boardId, await addTask.HandleAsync(Actor, boardId, Add, ct), "Task added.", nameof(Add), ct);

    public async Task<IActionResult> OnPostAddColumnAsync(Guid boardId, CancellationToken ct) =>
        await AfterAsync(boardId, await addColumn.HandleAsync(Actor, boardId, NewColumn, ct), "Column added.", nameof(NewColumn), ct);

    public async Task<IActionResult> OnPostMoveAsync(Guid boardId, Guid taskId, CancellationToken ct)
    {
        var r = await moveTask.HandleAsync(Actor, taskId, Move, ct);
        return await AfterAsync(boardId, r, r.Value?.Warning ?? "Card moved.", null, ct);
    }

    public async Task<IActionResult> OnPostColumnAsync(Guid boardId, Guid columnId, CancellationToken ct) =>
        await AfterAsync(boardId, await changeColumn.HandleAsync(Actor, columnId, Column, ct), "Column saved.", null, ct);

    public async Task<IActionResult> OnPostShiftAsync(Guid boardId, Guid columnId, CancellationToken ct) =>
        await AfterAsync(boardId, await shiftColumn.HandleAsync(Actor, columnId, Shift, ct), "Column moved.", null, ct);

    public async Task<IActionResult> OnPostDeleteColumnAsync(Guid boardId, Guid columnId, CancellationToken ct) =>
        await AfterAsync(boardId, await deleteColumn.HandleAsync(Actor, columnId, ct), "Column deleted.", null, ct);

    /// <summary>After a change: <paramref name="form"/> names a form that appears once (its reasons go beside its fields); null is a per-card or per-column form.</summary>
    private Task<IActionResult> AfterAsync<T>(Guid boardId, Result<T> r, string done, string? form, CancellationToken ct) =>
        AfterChangeAsync(r, done, $"/Board/{boardId}{(Goal is { } g ? $"?goal={g}" : "")}", async () =>
        {
            if (form is null) ShowStoredValues();
            return await LoadAsync(boardId, ct);
        }, form ?? "");

    /// <summary>
    /// Every card has a Move form and every column a settings form, with the same field names. After one of them is
    /// refused, each shows its own card's or column's stored values again (not what was posted to the one), and the
    /// reasons go to the summary at the top rather than beside the fields of every form.
    /// </summary>
    private void ShowStoredValues()
    {
        foreach (var key in ModelState.Keys.ToList()) ModelState.SetModelValue(key, rawValue: null, attemptedValue: null);
        (Move, Column, Shift) = (new(), new(), new());
    }

    private async Task<IActionResult?> LoadAsync(Guid? boardId, CancellationToken ct)
    {
        if (boardId is null)
        {
            var mine = await find.HandleAsync(Actor, null, ct);
            if (!mine.Succeeded) { Problem = mine.Errors[0].Message; return null; }
            boardId = mine.Value;
        }
        var r = await get.HandleAsync(Actor, boardId.Value, new() { Goal = Goal, AllDone = AllDone, Column = AllOf }, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value;
        // A new card goes to the goal the board is filtered by, unless another was chosen.
        if (Add.GoalId is null && !ModelState.ContainsKey($"{nameof(Add)}.{nameof(AddTask.Request.GoalId)}")) Add = Add with { GoalId = Goal };
        return null;
    }
}
