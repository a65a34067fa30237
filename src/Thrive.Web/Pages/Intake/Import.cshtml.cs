using Thrive.Web.Permissions;
using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Intake;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Pages.Intake;

[RequestSizeLimit(2 * ParticipantsCsv.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * ParticipantsCsv.MaxBytes)]
public sealed class ImportModel(ParticipantsCsv.Handler handler, Access access) : ThrivePageModel
{
    public Guid Id { get; private set; }
    public ParticipantsCsv.ImportResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        return Denied(await access.CheckManageAsync(Actor, id, ct)) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        Id = id;
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose a CSV file to import.");
            return Denied(await access.CheckManageAsync(Actor, id, ct)) ?? Page();
        }
        if (file.Length > ParticipantsCsv.MaxBytes)
        {
            ModelState.AddModelError("file", $"The file is larger than {ParticipantsCsv.MaxBytes / 1024} KB; split it.");
            return Page();
        }
        await using var stream = file.OpenReadStream();
        var r = await handler.ImportAsync(Actor, id, stream, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        Result = r.Value;
        if (Result!.Problems.Count > 0) return Page();
        Flash($"Imported {Result.Imported} participants; {Result.Invited} new people were emailed an invitation.");
        return Redirect($"/Programmes/{id}/Applications");
    }
}
