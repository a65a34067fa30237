using Thrive.Web.Features.Evidence;

namespace Thrive.Web.Pages.Evidence;

public sealed class EditModel(GetEvidenceForm.Handler form, EditEvidence.Handler edit, ReaderClock reader) : ThrivePageModel, IEvidenceFormPage
{
    [BindProperty] public AddEvidence.Request Input { get; set; } = new();
    public DateOnly Today => reader.Today;
    public IReadOnlyList<ListEvidence.GoalChoice> GoalChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var r = await form.HandleAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        (Input, GoalChoices) = (r.Value!.Form, r.Value.Goals);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ReloadAsync(id, ct) ?? Page();
        return await AfterChangeAsync(await edit.HandleAsync(Actor, id, Input, ct), "Evidence saved.", "/Evidence", () => ReloadAsync(id, ct), nameof(Input));
    }

    /// <summary>The form again with what the person typed, if they may still edit the evidence.</summary>
    private async Task<IActionResult?> ReloadAsync(Guid id, CancellationToken ct)
    {
        var r = await form.HandleAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        GoalChoices = r.Value!.Goals;
        return null;
    }
}
