using Thrive.Web.Features.Matching;

namespace Thrive.Web.Pages.Matching;

/// <summary>
/// One's own mentor requests: a mentee's ranking (move up or down, withdraw) with the mentors' answers; a mentor's
/// requests to answer (accept, or decline with a reason). Plain forms, post-redirect-get.
/// </summary>
public sealed class MentorRequestsModel(ListMentorRequests.Handler list, ChangeMentorRequest.Handler change, AnswerMentorRequest.Handler answer)
    : ThrivePageModel<ListMentorRequests.OwnView>
{
    [BindProperty] public AnswerMentorRequest.Request Decline { get; set; } = new();

    /// <summary>The request whose decline was refused, to show its message beside its form.</summary>
    public Guid? DeclineFor { get; private set; }

    private static string Here(Guid id, string anchor = "") => $"/Programmes/{id}/MentorRequests{anchor}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostUpAsync(Guid id, Guid requestId, CancellationToken ct) => await ChangeAsync(id, requestId, ChangeMentorRequest.Change.Up, "Moved up.", ct);

    public async Task<IActionResult> OnPostDownAsync(Guid id, Guid requestId, CancellationToken ct) => await ChangeAsync(id, requestId, ChangeMentorRequest.Change.Down, "Moved down.", ct);

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid requestId, CancellationToken ct) =>
        await ChangeAsync(id, requestId, ChangeMentorRequest.Change.Withdraw, "Request withdrawn. Your next choice, if any, moved up.", ct);

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, Guid requestId, CancellationToken ct) =>
        await AfterChangeAsync(await answer.HandleAsync(Actor, id, requestId, new AnswerMentorRequest.Request { Accept = true }, ct),
            "Accepted. The pair is proposed; it starts when your coordinator activates it.", Here(id, "#received-title"), () => LoadAsync(id, ct), "Accept");

    public async Task<IActionResult> OnPostDeclineAsync(Guid id, Guid requestId, CancellationToken ct)
    {
        DeclineFor = requestId;
        return await AfterChangeAsync(await answer.HandleAsync(Actor, id, requestId, Decline with { Accept = false }, ct),
            "Declined. Thank you for the reason: the request has gone to their next choice.", Here(id, "#received-title"), () => LoadAsync(id, ct), nameof(Decline));
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Guid requestId, ChangeMentorRequest.Change how, string done, CancellationToken ct) =>
        await AfterChangeAsync(await change.HandleAsync(Actor, id, requestId, how, ct), done, Here(id, "#sent-title"), () => LoadAsync(id, ct), "Change");


    private Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct) => ShowAsync(list.OwnAsync(Actor, id, ct));
}
