using Thrive.Web.Features.Commitments;
using Thrive.Web.Features.Wellbeing;

namespace Thrive.Web.Pages.Wellbeing;

public sealed class IndexModel(GetWellbeingSummary.Handler summary, ListWellbeingEntries.Handler list, RecordWellbeingCheckIn.Handler checkIn,
    ShareWellbeingEntry.Handler share, NameStressor.Handler name, PlanCopingStrategy.Handler plan, TryCopingStrategy.Handler tryIt, NoteWin.Handler note,
    SetWellbeingSharing.Handler sharing, CreateCommitment.Handler commit, ReviseStressor.Handler reviseStressor, ReviseWin.Handler reviseWin,
    RemoveWellbeingEntry.Handler remove) : ThrivePageModel
{
    public GetWellbeingSummary.View? Summary { get; private set; }
    public ListWellbeingEntries.View? Entries { get; private set; }
    public string? Problem { get; private set; }
    [BindProperty(SupportsGet = true)] public Guid? Owner { get; set; }
    public int? PageNumber { get; private set; }
    [BindProperty] public RecordWellbeingCheckIn.Request CheckIn { get; set; } = new();
    [BindProperty] public NameStressor.Request Stressor { get; set; } = new();
    [BindProperty] public PlanCopingStrategy.Request Strategy { get; set; } = new();
    [BindProperty] public NoteWin.Request Win { get; set; } = new();
    [BindProperty] public SetWellbeingSharing.Request Sharing { get; set; } = new();
    [BindProperty] public ReviseStressor.Request EditStressor { get; set; } = new();
    [BindProperty] public NoteWin.Request EditWin { get; set; } = new();

    /// <summary>The stressor or win whose edit form came back with errors: it stays open with what was typed.</summary>
    public Guid? Editing { get; private set; }

    public string PageUrl => Owner is { } o ? $"/Wellbeing?owner={o}" : "/Wellbeing";

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        PageNumber = pageNumber;
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostCheckInAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await LoadAsync(ct) ?? Page();
        var r = await checkIn.HandleAsync(Actor, CheckIn, ct);
        var done = r.Value is { Updated: true } ? "This week's check-in updated (one check-in a week: the new answers replace the earlier ones)." : "Checked in. Thank you for taking the two minutes.";
        return await AfterAsync(r, done, nameof(CheckIn), ct);
    }

    public async Task<IActionResult> OnPostShareAsync(WellbeingEntryKind kind, Guid id, bool shared, CancellationToken ct) =>
        await AfterAsync(await share.HandleAsync(Actor, kind, id, new() { Shared = shared }, ct),
            shared ? "Shared with your mentor." : "No longer shared: your mentor cannot see it any more.", "", ct);

    public async Task<IActionResult> OnPostStressorAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await LoadAsync(ct) ?? Page();
        return await AfterAsync(await name.HandleAsync(Actor, Stressor, ct), "Stressor named. Plan how you will cope before it hits.", nameof(Stressor), ct);
    }

    public async Task<IActionResult> OnPostStrategyAsync(Guid stressorId, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await LoadAsync(ct) ?? Page();
        return await AfterAsync(await plan.HandleAsync(Actor, stressorId, Strategy, ct), "Strategy planned.", nameof(Strategy), ct);
    }

    public async Task<IActionResult> OnPostTryAsync(Guid stressorId, Guid strategyId, CopingOutcome outcome, CancellationToken ct) =>
        await AfterAsync(await tryIt.HandleAsync(Actor, stressorId, strategyId, new() { Outcome = outcome }, ct),
            outcome == CopingOutcome.DidNotHelp ? "Noted. Not every strategy fits every time; another one might." : "Noted. Good to know what helps.", "", ct);

    public async Task<IActionResult> OnPostWinAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await LoadAsync(ct) ?? Page();
        return await AfterAsync(await note.HandleAsync(Actor, Win, ct), "Win written down. Read this list when the doubt comes back.", nameof(Win), ct);
    }

    public async Task<IActionResult> OnPostReviseStressorAsync(Guid id, CancellationToken ct)
    {
        Editing = id;
        if (!ModelState.IsValid) return await LoadAsync(ct) ?? Page();
        return await AfterAsync(await reviseStressor.HandleAsync(Actor, id, EditStressor, ct), "Stressor updated.", nameof(EditStressor), ct);
    }

    public async Task<IActionResult> OnPostReviseWinAsync(Guid id, CancellationToken ct)
    {
        Editing = id;
        if (!ModelState.IsValid) return await LoadAsync(ct) ?? Page();
        return await AfterAsync(await reviseWin.HandleAsync(Actor, id, EditWin, ct), "Win updated.", nameof(EditWin), ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(WellbeingEntryKind kind, Guid id, CancellationToken ct) =>
        await AfterAsync(await remove.HandleAsync(Actor, kind, id, ct), kind switch
        {
            WellbeingEntryKind.CheckIn => "Check-in deleted.",
            WellbeingEntryKind.Stressor => "Stressor and its strategies deleted.",
            _ => "Win deleted.",
        }, "", ct);

    public async Task<IActionResult> OnPostDropStrategyAsync(Guid stressorId, Guid strategyId, CancellationToken ct) =>
        await AfterAsync(await remove.DropStrategyAsync(Actor, stressorId, strategyId, ct), "Strategy removed.", "", ct);

    public async Task<IActionResult> OnPostSharingAsync(CancellationToken ct) =>
        await AfterAsync(await sharing.HandleAsync(Actor, Sharing, ct), "Sharing settings saved.", nameof(Sharing), ct);

    public async Task<IActionResult> OnPostRestAsync(string? template, CancellationToken ct)
    {
        if (RestCommitments.Find(template) is not { } t) return await AfterAsync(Result<Guid>.Fail(Error.Validation("", "Choose one of the rest commitments offered.")), "", "", ct);
        return await AfterChangeAsync(await commit.HandleAsync(Actor, t.Request, ct), $"Commitment added: {t.Title.ToLowerInvariant()}. Check in on it under Habits.", "/Commitments",
            () => LoadAsync(ct), "");
    }

    private Task<IActionResult> AfterAsync<T>(Result<T> r, string done, string prefix, CancellationToken ct) =>
        AfterChangeAsync(r, done, "/Wellbeing", () => LoadAsync(ct), prefix);

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var s = await summary.HandleAsync(Actor, Owner, ct);
        if (Denied(s.Errors) is { } denied) return denied;
        if (!s.Succeeded) { Problem = s.Errors[0].Message; return null; }
        var l = await list.HandleAsync(Actor, new() { Owner = Owner, Page = PageNumber }, ct);
        if (Denied(l.Errors) is { } refused) return refused;
        (Summary, Entries) = (s.Value, l.Value);
        if (Request.Method == HttpMethods.Get && Summary!.ThisWeek is { } week) CheckIn = RecordWellbeingCheckIn.Request.From(week);
        if (Request.Method == HttpMethods.Get) Sharing = new() { ShareSummary = Summary!.SummaryShared, WouldLikeSupport = Summary.WouldLikeSupport };
        return null;
    }
}
