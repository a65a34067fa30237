using Thrive.Web.Features.Intake;

namespace Thrive.Web.Pages.Intake;

public sealed class ApplyModel(GetApplicationForm.Handler form, SubmitApplication.Handler submit) : ThrivePageModel
{
    [BindProperty] public SubmitApplication.Request Input { get; set; } = new();
    public Guid Id { get; private set; }
    public GetApplicationForm.View Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input = Form.Answers;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!ModelState.IsValid) return Page();
        return await AfterChangeAsync(await submit.HandleAsync(Actor, id, Input, ct),
            "Thank you! Your application is with the coordinator. You can revise it until they review it.", "/", () => Task.FromResult<IActionResult?>(null), nameof(Input));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        return await ReadAsync(form.HandleAsync(Actor, id, ct), v => Form = v);
    }
}
