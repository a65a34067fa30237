using Thrive.Web.Features.Commitments;

namespace Thrive.Web.Pages.Commitments;

public sealed class IndexModel(ListCommitments.Handler list, CreateCommitment.Handler create, RecordCheckIn.Handler checkIn,
    ArchiveCommitment.Handler archive) : ThrivePageModel
{
    public ListCommitments.View? View { get; private set; }
    public string? Problem { get; private set; }
    [BindProperty(SupportsGet = true)] public Guid? Owner { get; set; }
    [BindProperty] public CreateCommitment.Request Input { get; set; } = new();
    [BindProperty] public RecordCheckIn.Request CheckIn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct) =>
        await AfterAsync(await create.HandleAsync(Actor, Input, ct), "Commitment added. Check in when you have kept it.", nameof(Input), ct);

    public async Task<IActionResult> OnPostCheckInAsync(Guid commitmentId, CancellationToken ct)
    {
        var r = await checkIn.HandleAsync(Actor, commitmentId, CheckIn, ct);
        if (r.Value is { Met: false }) FlashAsNote(); // a limit passed or part of a target: a question, not a celebration
        return await AfterAsync(r, r.Value?.Message ?? "", nameof(CheckIn), ct);
    }

    public async Task<IActionResult> OnPostArchiveAsync(Guid commitmentId, CancellationToken ct) =>
        await AfterAsync(await archive.HandleAsync(Actor, commitmentId, ct), "Saved.", "", ct);

    private Task<IActionResult> AfterAsync<T>(Result<T> r, string done, string prefix, CancellationToken ct) =>
        AfterChangeAsync(r, done, "/Commitments", () => LoadAsync(ct), prefix);

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var r = await list.HandleAsync(Actor, Owner, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        if (!r.Succeeded) { Problem = r.Errors[0].Message; return null; }
        View = r.Value;
        return null;
    }
}
