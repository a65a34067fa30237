using Thrive.Web.Features.Sessions;

namespace Thrive.Web.Pages.Sessions;

public sealed class ListModel(ListSessions.Handler list, ScheduleSessions.Handler schedule) : ThrivePageModel<ListSessions.View>
{

    [BindProperty] public ScheduleSessions.Request Schedule { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Schedule = Schedule with { TimeZone = View.TimeZone }; // the reader's own zone to begin with
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        // A value that does not even bind (a day or time that is none) is shown beside its field, nothing is scheduled.
        if (!ModelState.IsValid) return await LoadAsync(id, ct) ?? Page();
        var r = await schedule.HandleAsync(Actor, id, Schedule, ct);
        return await AfterChangeAsync(r, $"{r.Value} sessions scheduled until the end of the programme.", $"/Pairs/{id}/Sessions", () => LoadAsync(id, ct),
            nameof(Schedule));
    }

    private Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct) => ShowAsync(list.HandleAsync(Actor, id, ct));
}
