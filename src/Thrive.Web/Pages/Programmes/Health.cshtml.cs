using Thrive.Web.Features.Health;

namespace Thrive.Web.Pages.Programmes;

public sealed class HealthModel(GetProgrammeHealth.Handler get, NudgePair.Handler nudge, RecordCheckIn.Handler checkIn, ReaderClock reader)
    : ThrivePageModel<GetProgrammeHealth.View>
{
    [BindProperty] public RecordCheckIn.Request CheckIn { get; set; } = new();

    /// <summary>The pair whose check-in form was posted, so that its errors show beside it.</summary>
    public Guid? PostedPair { get; private set; }

    /// <summary>The page of pairs shown (at-risk first); the counts are over every pair.</summary>
    public int? PageNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        PageNumber = page;
        return await LoadAsync(id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostNudgeAsync(Guid id, Guid pairId, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        PageNumber = page;
        return await AfterAsync(id, pairId, await nudge.HandleAsync(Actor, pairId, ct), "Both of them have a friendly mail asking how it is going.", "", ct);
    }

    public async Task<IActionResult> OnPostCheckInAsync(Guid id, Guid pairId, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        PageNumber = page;
        return await AfterAsync(id, pairId, await checkIn.HandleAsync(Actor, pairId, CheckIn, ct), "Your check-in is recorded on the pair.", nameof(CheckIn), ct);
    }

    /// <summary>Where a pair's form posts: its handler, the pair, and the page of pairs it is on.</summary>
    public string ActionFor(string handler, Guid pairId) =>
        $"/Programmes/{View.ProgrammeId}/Health?handler={handler}&pairId={pairId}{(View.Pairs.PageNumber > 1 ? $"&page={View.Pairs.PageNumber}" : "")}";

    /// <summary>A day in the reader's own zone.</summary>
    public string Day(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, TimeZones.Find(reader.TimeZone)).ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<IActionResult> AfterAsync(Guid id, Guid pairId, Result<Unit> r, string done, string prefix, CancellationToken ct)
    {
        PostedPair = pairId;
        return await AfterChangeAsync(r, done, $"/Programmes/{id}/Health{(PageNumber > 1 ? $"?page={PageNumber}" : "")}#pair-{pairId}", () => LoadAsync(id, ct), prefix);
    }

    private Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct) => ShowAsync(get.HandleAsync(Actor, id, PageRequest.Of(PageNumber, null), ct));
}
