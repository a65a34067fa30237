using Thrive.Web.Features.Health;

namespace Thrive.Web.Pages.Programmes;

public sealed class HealthModel(GetProgrammeHealth.Handler get, NudgePair.Handler nudge, RecordCheckIn.Handler checkIn, ReaderClock reader)
    : ThrivePageModel<GetProgrammeHealth.View>
{
    [BindProperty] public RecordCheckIn.Request CheckIn { get; set; } = new();

    /// <summary>The pair whose check-in form was posted, so that its errors show beside it.</summary>
    public Guid? PostedPair { get; private set; }

    /// <summary>The page of pairs shown (at-risk first); the counts are over every pair.</summary>
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostNudgeAsync(Guid id, Guid pairId, CancellationToken ct) =>
        await AfterAsync(id, pairId, await nudge.HandleAsync(Actor, pairId, ct), "Both of them have a friendly mail asking how it is going.", "", ct);

    public async Task<IActionResult> OnPostCheckInAsync(Guid id, Guid pairId, CancellationToken ct) =>
        await AfterAsync(id, pairId, await checkIn.HandleAsync(Actor, pairId, CheckIn, ct), "Your check-in is recorded on the pair.", nameof(CheckIn), ct);

    /// <summary>A day in the reader's own zone.</summary>
    public string Day(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, TimeZones.Find(reader.TimeZone)).ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<IActionResult> AfterAsync(Guid id, Guid pairId, Result<Unit> r, string done, string prefix, CancellationToken ct)
    {
        PostedPair = pairId;
        return await AfterChangeAsync(r, done, $"/Programmes/{id}/Health{(PageNumber > 1 ? $"?page={PageNumber}" : "")}#pair-{pairId}", () => LoadAsync(id, ct), prefix);
    }

    private Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct) => ShowAsync(get.HandleAsync(Actor, id, PageRequest.Of(PageNumber, null), ct));
}
