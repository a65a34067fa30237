using Thrive.Web.Features.Practice;

namespace Thrive.Web.Pages.Practice;

public sealed class EditModel(GetProblemForm.Handler form, EditProblem.Handler edit, ReaderClock reader) : ThrivePageModel, IProblemFormPage
{
    [BindProperty] public LogProblem.Request Input { get; set; } = new();
    public DateOnly Today => reader.Today;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var r = await form.HandleAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        Input = r.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ReloadAsync(id, ct) ?? Page();
        return await AfterChangeAsync(await edit.HandleAsync(Actor, id, Input, ct), "Problem saved.", "/Practice", () => ReloadAsync(id, ct), nameof(Input));
    }

    /// <summary>The form again with what the person typed, if they may still edit the problem.</summary>
    private async Task<IActionResult?> ReloadAsync(Guid id, CancellationToken ct) => Denied((await form.HandleAsync(Actor, id, ct)).Errors);
}
