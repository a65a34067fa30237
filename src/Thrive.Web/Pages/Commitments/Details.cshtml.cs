using Thrive.Web.Features.Commitments;

namespace Thrive.Web.Pages.Commitments;

public sealed class DetailsModel(GetCommitment.Handler get, EditCommitment.Handler edit, RecordCheckIn.Handler checkIn, UndoCheckIn.Handler undo) : ThrivePageModel
{
    public GetCommitment.View? View { get; private set; }
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public CreateCommitment.Request Edit { get; set; } = new();
    [BindProperty] public RecordCheckIn.Request CheckIn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied) return denied;
        Edit = CreateCommitment.Request.Of(View!.Card.Commitment);
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(CancellationToken ct) =>
        await AfterAsync(await edit.HandleAsync(Actor, Id, Edit, ct), "Commitment saved.", nameof(Edit), ct);

    public async Task<IActionResult> OnPostCheckInAsync(CancellationToken ct)
    {
        var r = await checkIn.HandleAsync(Actor, Id, CheckIn, ct);
        if (r.Value is { Met: false }) FlashAsNote(); // a limit passed or part of a target: a question, not a celebration
        return await AfterAsync(r, r.Value?.Message ?? "", nameof(CheckIn), ct);
    }

    public async Task<IActionResult> OnPostUndoAsync(DateOnly date, CancellationToken ct) =>
        await AfterAsync(await undo.HandleAsync(Actor, Id, date, ct), $"Check-in for {Domain.Commitments.CheckIn.Day(date)} taken back.", "", ct);

    private Task<IActionResult> AfterAsync<T>(Result<T> r, string done, string prefix, CancellationToken ct) =>
        AfterChangeAsync(r, done, $"/Commitments/{Id}", () => LoadAsync(ct), prefix);

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var r = await get.HandleAsync(Actor, Id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value;
        return null;
    }
}
