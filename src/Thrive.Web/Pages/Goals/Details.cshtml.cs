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

    public async Task<IActionResult> OnPostChangeAsync(Guid id, GoalActions.Change change, CancellationToken ct)
    {
        var r = await actions.ChangeAsync(Actor, id, change, Reason, ct);
        if (!r.Succeeded) return await ShowAgainAsync(id, r.Errors, ct);
        Flash(change switch
        {
            GoalActions.Change.MarkAchieved => "Marked achieved. Time to celebrate! Your partner can now confirm it.",
            GoalActions.Change.Confirm => "Confirmed. Well done to you both!",
            GoalActions.Change.Drop => "Goal dropped. Letting go of a goal that no longer fits is a decision, not a failure.",
            GoalActions.Change.Reopen => "Goal reopened.",
            _ => "Goal started.",
        });
        return Redirect($"/Goals/{id}");
    }

    public async Task<IActionResult> OnPostMeasureAsync(Guid id, CancellationToken ct)
    {
        if (MeasureDate is null || MeasureValue is null)
        {
            if (MeasureDate is null) ModelState.AddModelError("Date", "Enter the date of the value.");
            if (MeasureValue is null) ModelState.AddModelError("Value", "Enter a number.");
            return await LoadAsync(id, ct) ?? Page();
        }
        var r = await actions.RecordMeasureAsync(Actor, id, MeasureDate.Value, MeasureValue.Value, MeasureNote, ct);
        if (!r.Succeeded) return await ShowAgainAsync(id, r.Errors, ct);
        Flash("Value recorded.");
        return Redirect($"/Goals/{id}#measure");
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken ct)
    {
        var r = await actions.CommentAsync(Actor, id, Comment, ct);
        if (!r.Succeeded) return await ShowAgainAsync(id, r.Errors, ct);
        return Redirect($"/Goals/{id}#comments");
    }

    private async Task<IActionResult> ShowAgainAsync(Guid id, IReadOnlyList<Thrive.Domain.Common.Error> errors, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        return Failed(errors, prefix: "");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var r = await page.GetAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        MeasureDate ??= DateOnly.FromDateTime(DateTime.UtcNow);
        return null;
    }
}
