using Thrive.Web.Features.Goals;

namespace Thrive.Web.Pages.Goals;

public sealed class DetailsModel(GetGoal.Handler get, RecordMeasure.Handler measure, CommentOnGoal.Handler comment, ChangeGoalStatus.Handler status)
    : ThrivePageModel
{
    public GetGoal.View View { get; private set; } = null!;
    [BindProperty] public RecordMeasure.Request Measure { get; set; } = new();
    [BindProperty] public CommentOnGoal.Request Comment { get; set; } = new();
    [BindProperty] public ChangeGoalStatus.Request StatusChange { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostChangeAsync(Guid id, ChangeGoalStatus.Change change, CancellationToken ct) =>
        await AfterChangeAsync(await status.HandleAsync(Actor, id, change, StatusChange, ct), change switch
        {
            ChangeGoalStatus.Change.MarkAchieved => "Marked achieved. Time to celebrate! Your partner can now confirm it.",
            ChangeGoalStatus.Change.Confirm => "Confirmed. Well done to you both!",
            ChangeGoalStatus.Change.Drop => "Goal dropped. Letting go of a goal that no longer fits is a decision, not a failure.",
            ChangeGoalStatus.Change.Reopen => "Goal reopened.",
            _ => "Goal started.",
        }, $"/Goals/{id}", () => LoadAsync(id, ct), nameof(StatusChange));

    public async Task<IActionResult> OnPostMeasureAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await measure.HandleAsync(Actor, id, Measure, ct), "Value recorded.", $"/Goals/{id}#measure", () => LoadAsync(id, ct), nameof(Measure));

    public async Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await comment.HandleAsync(Actor, id, Comment, ct), "Comment posted.", $"/Goals/{id}#comments", () => LoadAsync(id, ct), nameof(Comment));

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var r = await get.HandleAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        // A new value is for the reader's today unless they chose a day.
        if (Measure.Date is null) Measure = Measure with { Date = View.Today };
        return null;
    }
}
