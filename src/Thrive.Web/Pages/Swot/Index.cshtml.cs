using Thrive.Web.Features.Swot;

namespace Thrive.Web.Pages.Swot;

public sealed class IndexModel(GetSwot.Handler get, SaveSwot.Handler save, StartSwotRevision.Handler revise, LinkSwotItems.Handler link,
    UnlinkSwotItems.Handler unlink, DraftGoalFromLink.Handler draft, CommentOnSwot.Handler comment) : ThrivePageModel
{
    public GetSwot.View? View { get; private set; }
    public string? Problem { get; private set; }
    [BindProperty] public SaveSwot.Request Input { get; set; } = new();
    [BindProperty] public LinkSwotItems.Request Link { get; set; } = new();
    [BindProperty] public CommentOnSwot.Request Comment { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid? analysisId, int? rev, CancellationToken ct) =>
        await LoadAsync(analysisId, rev, keepLists: false, ct) ?? Page();

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct) =>
        await AfterAsync(await save.HandleAsync(Actor, Input, ct), "SWOT saved.", "/Swot", null, nameof(Input), ct);

    public async Task<IActionResult> OnPostRevisionAsync(Guid analysisId, CancellationToken ct)
    {
        var r = await revise.HandleAsync(Actor, analysisId, ct);
        return await AfterAsync(r, $"Revision {r.Value} started. The previous one is kept as it was, to compare later.", "/Swot", analysisId, "", ct);
    }

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken ct) =>
        await AfterAsync(await link.HandleAsync(Actor, Link, ct), "Linked.", "/Swot#converge", null, nameof(Link), ct);

    public async Task<IActionResult> OnPostUnlinkAsync(Guid linkId, CancellationToken ct) =>
        await AfterAsync(await unlink.HandleAsync(Actor, linkId, ct), "Link removed.", "/Swot#converge", null, "", ct);

    public async Task<IActionResult> OnPostDraftAsync(Guid linkId, CancellationToken ct)
    {
        var r = await draft.HandleAsync(Actor, linkId, ct);
        return await AfterAsync(r, "Draft goal created from your SWOT. Sharpen it with the SMART coach, then start it.", $"/Goals/{r.Value}/Edit", null, "", ct);
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid analysisId, CancellationToken ct) =>
        await AfterAsync(await comment.HandleAsync(Actor, analysisId, Comment, ct), "Comment posted.", $"/Swot/{analysisId}#comments", analysisId, nameof(Comment), ct);

    /// <summary>A refused save shows the lists as typed; any other refusal shows them as saved.</summary>
    private Task<IActionResult> AfterAsync<T>(Result<T> r, string done, string redirect, Guid? analysisId, string prefix, CancellationToken ct) =>
        AfterChangeAsync(r, done, redirect, () => LoadAsync(analysisId, null, keepLists: prefix == nameof(Input), ct), prefix);

    private async Task<IActionResult?> LoadAsync(Guid? analysisId, int? rev, bool keepLists, CancellationToken ct)
    {
        var r = await get.HandleAsync(Actor, analysisId, rev, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        if (!r.Succeeded) { Problem = r.Errors[0].Message; return null; }
        View = r.Value!;
        if (!keepLists) Input = SaveSwot.Request.From(View.Items, View.Version == Guid.Empty ? null : View.Version);
        return null;
    }
}
