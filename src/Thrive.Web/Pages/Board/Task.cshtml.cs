using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Board;

namespace Thrive.Web.Pages.Board;

public sealed class TaskModel(TaskDetails.Handler details, BoardActions.Handler actions) : ThrivePageModel
{
    public TaskDetails.View View { get; private set; } = null!;
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public DateOnly? DueDate { get; set; }
    [BindProperty] public Guid? GoalId { get; set; }
    [BindProperty] public Guid? Version { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public Guid ColumnId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        (Title, Notes, DueDate, GoalId, Version) = (View.Task.Title, View.Task.Notes, View.Task.DueDate, View.Task.GoalId, View.Task.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await actions.EditTaskAsync(Actor, id, GoalId, Title, Notes, DueDate, Version, ct), "Task saved.", keepInput: true, ct);

    public async Task<IActionResult> OnPostChecklistAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await actions.AddChecklistItemAsync(Actor, id, Text, ct), "Checklist item added.", keepInput: false, ct);

    public async Task<IActionResult> OnPostToggleAsync(Guid id, Guid itemId, CancellationToken ct) =>
        await AfterAsync(id, await actions.ToggleChecklistItemAsync(Actor, id, itemId, ct), "Checklist updated.", keepInput: false, ct);

    public async Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await actions.CommentAsync(Actor, id, Comment, ct), "Comment posted.", keepInput: false, ct);

    public async Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken ct)
    {
        var r = await actions.MoveAsync(Actor, id, ColumnId, 0, Version, ct);
        return await AfterAsync(id, r, r.Value?.Warning ?? "Card moved.", keepInput: false, ct);
    }

    private Task<IActionResult> AfterAsync<T>(Guid id, Thrive.Domain.Common.Result<T> r, string done, bool keepInput, CancellationToken ct) =>
        AfterChangeAsync(r, done, $"/Tasks/{id}", async () =>
        {
            if (await LoadAsync(id, ct) is { } gone) return gone;
            if (!keepInput) (Title, Notes, DueDate, GoalId, Version) = (View.Task.Title, View.Task.Notes, View.Task.DueDate, View.Task.GoalId, View.Task.Version);
            return null;
        });

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var r = await details.GetAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        return null;
    }
}
