using Thrive.Web.Features.Relationship;

namespace Thrive.Web.Pages.Relationship;

public sealed class FeedbackModel(ListFeedback.Handler list, GiveFeedback.Handler give, AcknowledgeFeedback.Handler acknowledge, ReplyToFeedback.Handler reply)
    : ThrivePageModel<ListFeedback.View>
{
    [BindProperty] public GiveFeedback.Request Give { get; set; } = new();
    [BindProperty] public ReplyToFeedback.Request Answer { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct) => await LoadAsync(id, pageNumber, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await give.HandleAsync(Actor, id, Give, ct),
            "Feedback sent. Thank you for taking the time.", $"/Pairs/{id}/Feedback", () => LoadAsync(id, 1, ct), nameof(Give));

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id, Guid feedbackId, CancellationToken ct) =>
        await AfterChangeAsync(await acknowledge.HandleAsync(Actor, id, feedbackId, ct), "Marked as read.", $"/Pairs/{id}/Feedback#f-{feedbackId}", () => LoadAsync(id, 1, ct));

    public async Task<IActionResult> OnPostReplyAsync(Guid id, Guid feedbackId, CancellationToken ct) =>
        await AfterChangeAsync(await reply.HandleAsync(Actor, id, feedbackId, Answer, ct), "Reply sent.", $"/Pairs/{id}/Feedback#f-{feedbackId}",
            () => LoadAsync(id, 1, ct), nameof(Answer));

    private Task<IActionResult?> LoadAsync(Guid id, int? page, CancellationToken ct) => ShowAsync(list.HandleAsync(Actor, id, page, ct));
}
