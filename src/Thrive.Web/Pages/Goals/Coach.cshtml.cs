using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Goals;

namespace Thrive.Web.Pages.Goals;

/// <summary>The SMART panel for the goal form's current content (htmx posts the form here as the person types).</summary>
public sealed class CoachModel(AssessSmart.Handler coach) : ThrivePageModel
{
    [BindProperty] public GoalForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        Partial("_SmartPanel", await coach.HandleAsync(Actor, Input.ToSmartInput(), null, ct));

    public async Task<IActionResult> OnPostAsync(Guid? goalId, CancellationToken ct) =>
        Partial("_SmartPanel", await coach.HandleAsync(Actor, Input.ToSmartInput(), goalId, ct));
}
