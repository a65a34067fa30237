using Thrive.Web.Features.Goals;

namespace Thrive.Web.Pages.Goals;

/// <summary>The SMART panel for the goal form's current content (htmx posts the new or edit form here as the person types).</summary>
public sealed class CoachModel(AssessSmart.Handler coach) : ThrivePageModel
{
    [BindProperty] public CreateGoal.Request Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => PanelAsync(null, ct);

    public Task<IActionResult> OnPostAsync(Guid? goalId, CancellationToken ct) => PanelAsync(goalId, ct);

    private async Task<IActionResult> PanelAsync(Guid? goalId, CancellationToken ct)
    {
        var r = await coach.FormAsync(Actor, goalId, Input, ct);
        return r.Succeeded ? Partial("_SmartPanel", r.Value) : Partial("_SmartUnread");
    }
}
