using Thrive.Web.Features.Evidence;

namespace Thrive.Web.Pages.Evidence;

public sealed class AssetsModel(GetCareerAssets.Handler assets, AddAssetVersion.Handler add, AskForReview.Handler ask, CommentOnVersion.Handler comment,
    MarkReviewed.Handler reviewed, ReaderClock reader) : ThrivePageModel
{
    public GetCareerAssets.View? View { get; private set; }
    public string? Problem { get; private set; }
    public DateOnly Today => reader.Today;
    [BindProperty(SupportsGet = true)] public Guid? Owner { get; set; }
    [BindProperty] public AddAssetVersion.Request Input { get; set; } = new();
    [BindProperty] public CommentOnVersion.Request Comment { get; set; } = new();
    /// <summary>The version whose comment form failed, so that its message shows beside that form only.</summary>
    public Guid? CommentOn { get; private set; }

    private string Here => "/Evidence/Assets" + (Owner is { } o ? $"?owner={o}" : "");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await LoadAsync(ct) ?? Page();
        return await AfterChangeAsync(await add.HandleAsync(Actor, Input, ct), Input.AskReview ? "Version added and sent to your mentor for review." : "Version added.",
            Here, () => LoadAsync(ct), nameof(Input));
    }

    public async Task<IActionResult> OnPostAskAsync(Guid versionId, CancellationToken ct) =>
        await AfterChangeAsync(await ask.HandleAsync(Actor, versionId, ct), "Your mentor will see this version in their review list.", Here, () => LoadAsync(ct));

    public async Task<IActionResult> OnPostCommentAsync(Guid versionId, CancellationToken ct)
    {
        CommentOn = versionId;
        if (!ModelState.IsValid) return await LoadAsync(ct) ?? Page();
        return await AfterChangeAsync(await comment.HandleAsync(Actor, versionId, Comment, ct), "Comment added.", Here, () => LoadAsync(ct), nameof(Comment));
    }

    public async Task<IActionResult> OnPostReviewedAsync(Guid versionId, CancellationToken ct) =>
        await AfterChangeAsync(await reviewed.HandleAsync(Actor, versionId, ct), "Marked reviewed: your mentee sees it came back.", Here, () => LoadAsync(ct));

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var r = await assets.HandleAsync(Actor, Owner, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        if (!r.Succeeded) { Problem = r.Errors[0].Message; return null; }
        View = r.Value;
        return null;
    }
}
