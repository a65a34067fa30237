using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Programmes;
using Thrive.Web.Infrastructure;
using Thrive.Web.Pages.Programmes;

namespace Thrive.Web.Pages.Programmes;

[Authorize(Policy = ServiceSetup.AdminPolicy)]
public sealed class NewModel(SaveProgramme.Handler save) : ThrivePageModel
{
    [BindProperty] public ProgrammeForm Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var r = await save.CreateAsync(Actor, Input.ToRequest(), ct);
        if (!r.Succeeded) return Failed(r.Errors);
        Flash("Programme created. Its coordinators have been invited.");
        return Redirect($"/Programmes/{r.Value}");
    }
}
