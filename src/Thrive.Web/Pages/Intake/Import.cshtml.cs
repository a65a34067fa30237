using Thrive.Web.Features.Intake;

namespace Thrive.Web.Pages.Intake;

[RequestSizeLimit(2 * ParticipantsCsv.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * ParticipantsCsv.MaxBytes)]
public sealed class ImportModel(GetImportForm.Handler form, ImportParticipants.Handler import) : ThrivePageModel
{
    public GetImportForm.View Form { get; private set; } = null!;
    [BindProperty] public ImportParticipants.Request Import { get; set; } = new();
    public ImportParticipants.ImportResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var r = await import.HandleAsync(Actor, id, Import, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        if (await LoadAsync(id, ct) is { } gone) return gone;
        if (!r.Succeeded) return Failed(r.Errors, nameof(Import));
        Result = r.Value;
        if (Result!.Problems.Count > 0) return Page();
        Flash($"Imported {Result.Imported} participants; {Result.Invited} new people were emailed an invitation.");
        return Redirect($"/Programmes/{id}/Applications");
    }

    private Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct) =>
        ReadAsync(form.HandleAsync(Actor, id, ct), v => Form = v);
}
