using Thrive.Web.Features.Goals;

namespace Thrive.Web.Pages.Goals;

public sealed class NewModel(GetNewGoalForm.Handler form, CreateGoal.Handler create, AssessSmart.Handler coach) : ThrivePageModel, IGoalFormPage
{
    [BindProperty] public CreateGoal.Request Input { get; set; } = new();
    public SmartAssessment? Assessment { get; private set; }
    public IReadOnlyList<GoalSwotLinks.Option> SwotItems { get; private set; } = [];
    public string? TemplateTitle { get; private set; }

    GoalForm IGoalFormPage.Input => Input;

    public async Task<IActionResult> OnGetAsync(string? template, CancellationToken ct)
    {
        var r = await form.HandleAsync(Actor, template, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        (Input, TemplateTitle, SwotItems) = (r.Value!.Input, r.Value.TemplateTitle, r.Value.SwotItems);
        Assessment = (await coach.FormAsync(Actor, null, Input, ct)).Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A value the form could not read ("ten" for a number) is shown beside its field before anything is saved.
        if (!ModelState.IsValid) return await ReloadAsync(ct) ?? Page();
        var r = await create.HandleAsync(Actor, Input, ct);
        var done = Input.Activate ? "Goal created. Break it into small steps and keep your mentor in the loop." : "Draft saved. Start it when the wording feels right.";
        return await AfterChangeAsync(r, done, $"/Goals/{r.Value}", () => ReloadAsync(ct), nameof(Input));
    }

    /// <summary>The form again with what the person typed.</summary>
    private async Task<IActionResult?> ReloadAsync(CancellationToken ct)
    {
        var r = await form.HandleAsync(Actor, null, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        SwotItems = r.Value!.SwotItems;
        Assessment = (await coach.FormAsync(Actor, null, Input, ct)).Value;
        return null;
    }
}
