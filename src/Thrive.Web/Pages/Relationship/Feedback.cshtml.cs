using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Relationship;
using Thrive.Web.Features.Pairs;
using Thrive.Web.Features.Relationship;

namespace Thrive.Web.Pages.Relationship;

public sealed class FeedbackModel(PairFeedback.Handler handler) : ThrivePageModel
{
    public PairFeedback.View View { get; private set; } = null!;
    [BindProperty] public string? Situation { get; set; }
    [BindProperty] public string? Impact { get; set; }
    [BindProperty] public string? Action { get; set; }
    [BindProperty] public FeedbackKind Kind { get; set; }
    [BindProperty] public string? Reply { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct) => await LoadAsync(id, pageNumber, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await handler.GiveAsync(Actor, id, new PairFeedback.Request(Kind, Situation, Impact, Action), ct),
            "Feedback sent. Thank you for taking the time.", $"/Pairs/{id}/Feedback", () => LoadAsync(id, 1, ct));

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id, Guid feedbackId, CancellationToken ct) =>
        await AfterChangeAsync(await handler.AcknowledgeAsync(Actor, id, feedbackId, ct), "Marked as read.", $"/Pairs/{id}/Feedback#f-{feedbackId}", () => LoadAsync(id, 1, ct));

    public async Task<IActionResult> OnPostReplyAsync(Guid id, Guid feedbackId, CancellationToken ct) =>
        await AfterChangeAsync(await handler.ReplyAsync(Actor, id, feedbackId, Reply, ct), "Reply sent.", $"/Pairs/{id}/Feedback#f-{feedbackId}", () => LoadAsync(id, 1, ct));

    private async Task<IActionResult?> LoadAsync(Guid id, int? page, CancellationToken ct)
    {
        var r = await handler.ListAsync(Actor, id, page, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        return null;
    }
}
