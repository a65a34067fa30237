using Thrive.Web.Features.Goals;

namespace Thrive.Web.Pages.Goals;

public sealed class EditModel(GetEditGoalForm.Handler form, EditGoal.Handler edit, AssessSmart.Handler coach) : ThrivePageModel, IGoalFormPage
{
    [BindProperty] public EditGoal.Request Input { get; set; } = new();
    public Guid Id { get; private set; }
    public SmartAssessment? Assessment { get; private set; }
    public IReadOnlyList<GoalSwotLinks.Option> SwotItems { get; private set; } = [];

    GoalForm IGoalFormPage.Input => Input;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var r = await form.HandleAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        (Id, Input, SwotItems) = (id, r.Value!.Input, r.Value.SwotItems);
        Assessment = (await coach.FormAsync(Actor, id, Input, ct)).Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ReloadAsync(id, stale: false, ct) ?? Page();
        var r = await edit.HandleAsync(Actor, id, Input, ct);
        return await AfterChangeAsync(r, "Goal saved.", $"/Goals/{id}", () => ReloadAsync(id, r.FailedWith == ErrorKind.Conflict, ct), nameof(Input));
    }

    /// <summary>The form again with what the person typed; after a stale save, at the latest version, so that saving again knowingly replaces the other change.</summary>
    private async Task<IActionResult?> ReloadAsync(Guid id, bool stale, CancellationToken ct)
    {
        var r = await form.HandleAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        (Id, SwotItems) = (id, r.Value!.SwotItems);
        if (stale)
        {
            Input = Input with { Version = r.Value.Input.Version };
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
        }
        Assessment = (await coach.FormAsync(Actor, id, Input, ct)).Value;
        return null;
    }
}
