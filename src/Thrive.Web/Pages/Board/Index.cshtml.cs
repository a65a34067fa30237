using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Board;
using Thrive.Web.Features.Board;

namespace Thrive.Web.Pages.Board;

public sealed class IndexModel(BoardView.Handler view, BoardActions.Handler actions) : ThrivePageModel
{
    public BoardView.View? View { get; private set; }
    public string? Problem { get; private set; }
    public string? Notice { get; private set; }
    [BindProperty(SupportsGet = true)] public Guid? Goal { get; set; }
    [BindProperty(SupportsGet = true)] public bool AllDone { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public DateOnly? DueDate { get; set; }
    [BindProperty] public Guid? GoalId { get; set; }
    [BindProperty] public Guid ColumnId { get; set; }
    [BindProperty] public Guid TaskId { get; set; }
    [BindProperty] public Guid? Version { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public ColumnKind Kind { get; set; }
    [BindProperty] public int? WipLimit { get; set; }
    [BindProperty] public bool WipBlocks { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? boardId, string? notice, CancellationToken ct)
    {
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
        await AfterAsync(boardId, await actions.AddTaskAsync(Actor, boardId, ColumnId == Guid.Empty ? null : ColumnId, GoalId, Title, null, DueDate, ct), "Task added.", ct);

    public async Task<IActionResult> OnPostMoveAsync(Guid boardId, CancellationToken ct)
    {
        var r = await actions.MoveAsync(Actor, TaskId, ColumnId, 0, Version, ct);
        return await AfterAsync(boardId, r, r.Value?.Warning ?? "Card moved.", ct);
    }

    public async Task<IActionResult> OnPostAddColumnAsync(Guid boardId, CancellationToken ct) =>
        await AfterAsync(boardId, await actions.AddColumnAsync(Actor, boardId, Name, Kind, WipLimit, WipBlocks, ct), "Column added.", ct);

    public async Task<IActionResult> OnPostColumnAsync(Guid boardId, CancellationToken ct) =>
        await AfterAsync(boardId, await actions.ChangeColumnAsync(Actor, ColumnId, Name, Kind, WipLimit, WipBlocks, ct), "Column saved.", ct);

    public async Task<IActionResult> OnPostShiftAsync(Guid boardId, int direction, CancellationToken ct) =>
        await AfterAsync(boardId, await actions.ShiftColumnAsync(Actor, ColumnId, direction, ct), "Column moved.", ct);

    public async Task<IActionResult> OnPostDeleteColumnAsync(Guid boardId, CancellationToken ct) =>
        await AfterAsync(boardId, await actions.DeleteColumnAsync(Actor, ColumnId, ct), "Column deleted.", ct);

    private Task<IActionResult> AfterAsync<T>(Guid boardId, Thrive.Domain.Common.Result<T> r, string done, CancellationToken ct) =>
        AfterChangeAsync(r, done, $"/Board/{boardId}{(Goal is { } g ? $"?goal={g}" : "")}", () => LoadAsync(boardId, ct));

    private async Task<IActionResult?> LoadAsync(Guid? boardId, CancellationToken ct)
    {
        if (boardId is null)
        {
            var mine = await view.MyBoardIdAsync(Actor, null, ct);
            if (!mine.Succeeded) { Problem = mine.Errors[0].Message; return null; }
            boardId = mine.Value;
        }
        var r = await view.GetAsync(Actor, boardId.Value, Goal, ct, AllDone);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value;
        return null;
    }
}
