using Thrive.Web.Features.Groups;

namespace Thrive.Web.Pages.Groups;

public sealed class MeetingsModel(ListMeetings.Handler list, ScheduleMeetings.Handler schedule) : ThrivePageModel<ListMeetings.View>
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public ScheduleMeetings.Request Schedule { get; set; } = new();

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => await LoadAsync(page, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var r = await schedule.HandleAsync(Actor, Id, Schedule, ct);
        var done = r.Value == 1 ? "Meeting scheduled. Every member has an invitation." : $"{r.Value} meetings scheduled. Every member has an invitation.";
        return await AfterChangeAsync(r, done, $"/Groups/{Id}/Meetings", () => LoadAsync(1, ct), nameof(Schedule));
    }

    private async Task<IActionResult?> LoadAsync(int? page, CancellationToken ct)
    {
        if (await ShowAsync(list.HandleAsync(Actor, Id, page ?? 1, ct)) is { } denied) return denied;
        // The form starts in the reader's own zone: a facilitator's slot is set in their time.
        if (Schedule.TimeZone is null) Schedule = Schedule with { TimeZone = View.TimeZone };
        return null;
    }
}
