using Thrive.Web.Features.Programmes;

namespace Thrive.Web.Pages.Programmes;

/// <summary>The admin's new programme; the attribute keeps others out before the handler asks the access policy.</summary>
[Authorize(Policy = ServiceSetup.AdminPolicy)]
public sealed class NewModel(CreateProgramme.Handler create, ReaderClock reader) : ThrivePageModel
{
    [BindProperty] public CreateProgramme.Request Input { get; set; } = new();

    /// <summary>A week from the admin's today is a sensible first start date.</summary>
    public void OnGet() => Input = new() { StartDate = reader.Today.AddDays(7) };

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var r = await create.HandleAsync(Actor, Input, ct);
        if (!r.Succeeded) return Failed(r.Errors, nameof(Input));
        Flash("Programme created. Its coordinators have been invited.");
        return Redirect($"/Programmes/{r.Value}");
    }
}
