using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Goals;

namespace Thrive.Web.Pages.Goals;

public sealed class DetailsModel(GoalPage.Handler page, GoalActions.Handler actions) : ThrivePageModel
{
    public GoalPage.View View { get; private set; } = null!;
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public DateOnly? MeasureDate { get; set; }
    [BindProperty] public decimal? MeasureValue { get; set; }
    [BindProperty] public string? MeasureNote { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostChangeAsync(Guid id, GoalActions.Change change, CancellationToken ct) =>
        await AfterChangeAsync(await actions.ChangeAsync(Actor, id, change, Reason, ct), change switch
        {
            GoalActions.Change.MarkAchieved => "Marked achieved. Time to celebrate! Your partner can now confirm it.",
            GoalActions.Change.Confirm => "Confirmed. Well done to you both!",
            GoalActions.Change.Drop => "Goal dropped. Letting go of a goal that no longer fits is a decision, not a failure.",
            GoalActions.Change.Reopen => "Goal reopened.",
            _ => "Goal started.",
        }, $"/Goals/{id}", () => LoadAsync(id, ct));

    public async Task<IActionResult> OnPostMeasureAsync(Guid id, CancellationToken ct)
    {
        if (MeasureDate is null || MeasureValue is null)
        {
            if (MeasureDate is null) ModelState.AddModelError("Date", "Enter the date of the value.");
            if (MeasureValue is null) ModelState.AddModelError("Value", "Enter a number.");
            return await LoadAsync(id, ct) ?? Page();
        }
        return await AfterChangeAsync(await actions.RecordMeasureAsync(Actor, id, MeasureDate.Value, MeasureValue.Value, MeasureNote, ct),
            "Value recorded.", $"/Goals/{id}#measure", () => LoadAsync(id, ct));
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await actions.CommentAsync(Actor, id, Comment, ct), "Comment posted.", $"/Goals/{id}#comments", () => LoadAsync(id, ct));

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var r = await page.GetAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        MeasureDate ??= DateOnly.FromDateTime(DateTime.UtcNow);
        return null;
    }
}
