using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Goals;
using Thrive.Persistence;
using Thrive.Web.Features.Goals;
using Thrive.Web.Features.Swot;
using Thrive.Web.Features.Common;

namespace Thrive.Web.Pages.Goals;

public sealed class NewModel(SaveGoal.Handler save, GoalLibrary.Handler library, AssessSmart.Handler coach, ProgrammePlaces places, PersonalSwot.Handler swot) : ThrivePageModel
{
    [BindProperty] public GoalForm Input { get; set; } = new();
    public SmartAssessment Assessment { get; private set; } = null!;
    public IReadOnlyList<PersonalSwot.Item> SwotItems { get; private set; } = [];
    public string? TemplateTitle { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? template, CancellationToken ct)
    {
        if (await places.FindAsync(Actor.UserId, null, ct) is null) return StatusCode(StatusCodes.Status403Forbidden);
        if (template is not null)
        {
            var details = await library.DetailsAsync(Actor, template, ct);
            if (details is null) return NotFound();
            Input = GoalForm.From(details);
            Input.Activate = false;
            TemplateTitle = details.Title;
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) { await LoadAsync(ct); return Page(); }
        var r = await save.CreateAsync(Actor, null, new SaveGoal.Request(Input.ToDetails(), Input.SwotItemIds, Input.Activate), ct);
        if (!r.Succeeded) { await LoadAsync(ct); return Failed(r.Errors, "Input"); }
        Flash(Input.Activate ? "Goal created. Break it into small steps and keep your mentor in the loop." : "Draft saved. Start it when the wording feels right.");
        return Redirect($"/Goals/{r.Value}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Assessment = await coach.HandleAsync(Actor, Input.ToSmartInput(), null, ct);
        var mine = await swot.MineAsync(Actor, null, ct);
        SwotItems = mine.Succeeded ? mine.Value!.Items : [];
    }
}
