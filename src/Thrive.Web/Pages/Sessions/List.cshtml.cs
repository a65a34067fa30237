using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Sessions;
using Thrive.Web.Features.Sessions;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Pages.Sessions;

public sealed class ListModel(PairSessions.Handler handler) : ThrivePageModel
{
    public PairSessions.ListView View { get; private set; } = null!;
    [BindProperty] public DayOfWeek Day { get; set; } = DayOfWeek.Tuesday;
    [BindProperty] public TimeOnly Time { get; set; } = new(16, 0);
    [BindProperty] public string? TimeZone { get; set; }
    [BindProperty] public int Minutes { get; set; } = 60;
    [BindProperty] public SessionCadence Cadence { get; set; } = SessionCadence.Weekly;
    [BindProperty] public DateOnly? StartsOn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        TimeZone = User.TimeZone();
        return await LoadAsync(id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (StartsOn is null || !ModelState.IsValid)
        {
            if (StartsOn is null) ModelState.AddModelError("StartsOn", "Choose the day of the first session.");
            return await LoadAsync(id, ct) ?? Page();
        }
        var r = await handler.ScheduleAsync(Actor, id, Day, Time, TimeZone, Minutes, Cadence, StartsOn.Value, ct);
        return await AfterChangeAsync(r, $"{r.Value} sessions scheduled until the end of the programme.", $"/Pairs/{id}/Sessions", () => LoadAsync(id, ct));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var r = await handler.ListAsync(Actor, id, User.TimeZone(), ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        return null;
    }
}
