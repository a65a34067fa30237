using Thrive.Web.Features.Board;

namespace Thrive.Web.Pages.Board;

public sealed class TaskModel(GetTask.Handler get, EditTask.Handler editTask, MoveTask.Handler moveTask, AddChecklistItem.Handler addItem,
    ToggleChecklistItem.Handler toggleItem, CommentOnTask.Handler comment) : ThrivePageModel<GetTask.View>
{
    [BindProperty] public EditTask.Request Edit { get; set; } = new();
    [BindProperty] public MoveTask.Request Move { get; set; } = new();
    [BindProperty] public AddChecklistItem.Request Checklist { get; set; } = new();
    [BindProperty] public CommentOnTask.Request Comment { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Edit = Stored();
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await editTask.HandleAsync(Actor, id, Edit, ct), "Task saved.", nameof(Edit), ct);

    public async Task<IActionResult> OnPostChecklistAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await addItem.HandleAsync(Actor, id, Checklist, ct), "Checklist item added.", nameof(Checklist), ct);

    public async Task<IActionResult> OnPostToggleAsync(Guid id, Guid itemId, CancellationToken ct) =>
        await AfterAsync(id, await toggleItem.HandleAsync(Actor, id, itemId, ct), "Checklist updated.", "", ct);

    public async Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await comment.HandleAsync(Actor, id, Comment, ct), "Comment posted.", nameof(Comment), ct);

    public async Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken ct)
    {
        var r = await moveTask.HandleAsync(Actor, id, Move, ct);
        return await AfterAsync(id, r, r.Value?.Warning ?? "Card moved.", nameof(Move), ct);
    }

    /// <summary>After a refusal the refused form keeps what was typed; the edit form shows the stored card unless it was the one refused.</summary>
    private Task<IActionResult> AfterAsync<T>(Guid id, Result<T> r, string done, string form, CancellationToken ct) =>
        AfterChangeAsync(r, done, $"/Tasks/{id}", async () =>
        {
            if (await LoadAsync(id, ct) is { } gone) return gone;
            if (form != nameof(Edit)) Edit = Stored();
            return null;
        }, form);

    private EditTask.Request Stored() => new() { Title = View.Title, Notes = View.Notes, DueDate = View.DueDate, GoalId = View.GoalId, Version = View.Version };

    private Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct) => ShowAsync(get.HandleAsync(Actor, id, ct));
}
