using Thrive.Web.Features.Programmes;

namespace Thrive.Web.Pages.Programmes;

public sealed class EditModel(GetProgrammeSettings.Handler settings, UpdateProgramme.Handler update) : ThrivePageModel
{
    [BindProperty] public UpdateProgramme.Request Input { get; set; } = new();
    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        return await ReadAsync(settings.HandleAsync(Actor, id, ct), v => Input = v) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        // A value the form could not read (a date that is no date) is shown beside its field, to those who may edit only.
        if (!ModelState.IsValid) return Denied((await settings.HandleAsync(Actor, id, ct)).Errors) ?? Page();
        return await AfterChangeAsync(await update.HandleAsync(Actor, id, Input, ct), "Programme saved.", $"/Programmes/{id}",
            () => Task.FromResult<IActionResult?>(null), nameof(Input));
    }
}
