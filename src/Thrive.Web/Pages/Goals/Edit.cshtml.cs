using Thrive.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Goals;
using Thrive.Web.Features.Goals;
using Thrive.Web.Features.Swot;

namespace Thrive.Web.Pages.Goals;

public sealed class EditModel(GoalPage.Handler page, SaveGoal.Handler save, AssessSmart.Handler coach, PersonalSwot.Handler swot) : ThrivePageModel
{
    [BindProperty] public GoalForm Input { get; set; } = new();
    public Guid Id { get; private set; }
    public SmartAssessment Assessment { get; private set; } = null!;
    public IReadOnlyList<PersonalSwot.Item> SwotItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var r = await page.GetAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        if (!r.Value!.Access.CanEditGoals) return StatusCode(StatusCodes.Status403Forbidden);
        var g = r.Value.Goal;
        Input = GoalForm.From(new GoalDetails(g.Title, g.Description, g.Category, g.Smart), g.Version, r.Value.SwotItems.Select(s => s.Id));
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!ModelState.IsValid) { await LoadAsync(id, ct); return Page(); }
        var r = await save.EditAsync(Actor, id, new SaveGoal.Request(Input.ToDetails(), Input.SwotItemIds, false), Input.Version, ct);
        if (r.Succeeded) { Flash("Goal saved."); return Redirect($"/Goals/{id}"); }
        if (Denied(r.Errors) is { } denied) return denied;
        await LoadAsync(id, ct);
        if (r.Errors[0].Kind == ErrorKind.Conflict)
        {
            // Keep what they typed; the next save knowingly replaces the other change.
            var latest = await page.GetAsync(Actor, id, ct);
            if (latest.Succeeded) Input.Version = latest.Value!.Goal.Version;
            ModelState.Remove("Input.Version");
        }
        return Failed(r.Errors, "Input");
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        Assessment = await coach.HandleAsync(Actor, Input.ToSmartInput(), id, ct);
        var mine = await swot.MineAsync(Actor, null, ct);
        SwotItems = mine.Succeeded ? mine.Value!.Items : [];
    }
}
