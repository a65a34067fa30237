using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Programmes;
using Thrive.Web.Features.Programmes;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Pages.Programmes;

public sealed class EditModel(ProgrammeOverview.Handler overview, SaveProgramme.Handler save) : ThrivePageModel
{
    [BindProperty] public ProgrammeForm Input { get; set; } = new();
    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var r = await overview.HandleAsync(Actor, id, PageRequest.Of(1, 1), ct);
        if (Denied(r.Errors) is { } denied) return denied;
        if (!r.Value!.Access.CanManage) return StatusCode(StatusCodes.Status403Forbidden);
        var v = r.Value;
        Id = id;
        Input = new ProgrammeForm
        {
            Name = v.Name, Description = v.Description, StartDate = v.StartDate, LengthWeeks = v.LengthWeeks, Cadence = v.Cadence,
            Status = v.Status, GettingToKnowEndWeek = v.GettingToKnowEndWeek, GoalsEndWeek = v.GoalsEndWeek,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        if (!ModelState.IsValid) return Page();
        var r = await save.UpdateAsync(Actor, id, Input.ToRequest(), ct);
        if (!r.Succeeded) return Failed(r.Errors);
        Flash("Programme saved.");
        return Redirect($"/Programmes/{id}");
    }
}

/// <summary>The programme form, shared by "new" and "edit".</summary>
public sealed class ProgrammeForm
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public DateOnly StartDate { get; set; } = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7));
    public int LengthWeeks { get; set; } = 12;
    public SessionCadence Cadence { get; set; } = SessionCadence.Weekly;
    public ProgrammeStatus Status { get; set; } = ProgrammeStatus.Draft;
    public int? GettingToKnowEndWeek { get; set; }
    public int? GoalsEndWeek { get; set; }
    public string? CoordinatorEmails { get; set; }

    public SaveProgramme.Request ToRequest() => new(Name ?? "", Description, StartDate, LengthWeeks, Cadence, GettingToKnowEndWeek, GoalsEndWeek, Status,
        (CoordinatorEmails ?? "").Split([',', ';', '\n', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
