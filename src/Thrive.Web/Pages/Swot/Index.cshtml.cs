using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Goals;
using Thrive.Domain.Swot;
using Thrive.Web.Features.Goals;
using Thrive.Web.Features.Swot;

namespace Thrive.Web.Pages.Swot;

public sealed class IndexModel(PersonalSwot.Handler handler) : ThrivePageModel
{
    public PersonalSwot.View? View { get; private set; }
    public string? Problem { get; private set; }
    [BindProperty] public Dictionary<SwotQuadrant, string?> Lists { get; set; } = [];
    [BindProperty] public Guid? Version { get; set; }
    [BindProperty] public Guid FromItemId { get; set; }
    [BindProperty] public Guid ToItemId { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? analysisId, int? rev, CancellationToken ct)
    {
        if (await LoadAsync(analysisId, rev, ct) is { } denied) return denied;
        if (View is not null)
            foreach (var q in Enum.GetValues<SwotQuadrant>())
                Lists[q] = string.Join('\n', View.Items.Where(i => i.Quadrant == q).Select(i => i.Text));
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var r = await handler.SaveAsync(Actor, null, Lists, Version, ct);
        if (!r.Succeeded) return await AgainAsync(null, r.Errors, ct, keepLists: true);
        Flash("SWOT saved.");
        return Redirect("/Swot");
    }

    public async Task<IActionResult> OnPostRevisionAsync(Guid analysisId, CancellationToken ct)
    {
        var r = await handler.NewRevisionAsync(Actor, analysisId, ct);
        if (!r.Succeeded) return await AgainAsync(analysisId, r.Errors, ct);
        Flash($"Revision {r.Value} started. The previous one is kept as it was, to compare later.");
        return Redirect("/Swot");
    }

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken ct)
    {
        var r = await handler.LinkAsync(Actor, FromItemId, ToItemId, ct);
        if (!r.Succeeded) return await AgainAsync(null, r.Errors, ct);
        return Redirect("/Swot#converge");
    }

    public async Task<IActionResult> OnPostUnlinkAsync(Guid linkId, CancellationToken ct)
    {
        var r = await handler.UnlinkAsync(Actor, linkId, ct);
        if (!r.Succeeded) return await AgainAsync(null, r.Errors, ct);
        return Redirect("/Swot#converge");
    }

    public async Task<IActionResult> OnPostDraftAsync(Guid linkId, CancellationToken ct)
    {
        var r = await handler.DraftGoalAsync(Actor, linkId, ct);
        if (!r.Succeeded) return await AgainAsync(null, r.Errors, ct);
        Flash("Draft goal created from your SWOT. Sharpen it with the SMART coach, then start it.");
        return Redirect($"/Goals/{r.Value}/Edit");
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid analysisId, CancellationToken ct)
    {
        var r = await handler.CommentAsync(Actor, analysisId, Comment, ct);
        if (!r.Succeeded) return await AgainAsync(analysisId, r.Errors, ct);
        return Redirect($"/Swot/{analysisId}#comments");
    }

    private async Task<IActionResult> AgainAsync(Guid? analysisId, IReadOnlyList<Thrive.Domain.Common.Error> errors, CancellationToken ct, bool keepLists = false)
    {
        var posted = keepLists ? new Dictionary<SwotQuadrant, string?>(Lists) : null;
        if (await LoadAsync(analysisId, null, ct) is { } denied) return denied;
        if (posted is not null) Lists = posted;
        else if (View is not null)
            foreach (var q in Enum.GetValues<SwotQuadrant>())
                Lists[q] = string.Join('\n', View.Items.Where(i => i.Quadrant == q).Select(i => i.Text));
        return Failed(errors, prefix: "");
    }

    private async Task<IActionResult?> LoadAsync(Guid? analysisId, int? rev, CancellationToken ct)
    {
        var r = analysisId is { } id ? await handler.GetAsync(Actor, id, rev, ct) : await handler.MineAsync(Actor, null, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        if (!r.Succeeded) { Problem = r.Errors[0].Message; return null; }
        View = r.Value;
        Version = View!.Version == Guid.Empty ? null : View.Version;
        return null;
    }
}
