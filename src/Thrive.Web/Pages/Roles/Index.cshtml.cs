using Thrive.Web.Features.Roles;

namespace Thrive.Web.Pages.Roles;

public sealed class IndexModel(GetRolesMap.Handler map, ListConversations.Handler list, LogConversation.Handler log, DeleteConversation.Handler delete,
    AddRole.Handler addRole, SetRoleHidden.Handler hide, AddQuestion.Handler addQuestion, DeleteQuestion.Handler deleteQuestion,
    FollowConversationCount.Handler follow, CommitToConversations.Handler commit) : ThrivePageModel, IConversationFormPage
{
    public GetRolesMap.View? Summary { get; private set; }
    public ListConversations.View? Conversations { get; private set; }
    public string? Problem { get; private set; }
    public DateOnly Today => Summary?.Today ?? DateOnly.MinValue;
    public IReadOnlyList<RoleRow> RoleChoices => Summary?.Shown ?? [];
    public IReadOnlyList<BankQuestion> Bank => Summary?.Bank ?? [];
    [BindProperty(SupportsGet = true)] public Guid? Owner { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    public int? PageNumber { get; private set; }
    [BindProperty] public LogConversation.Request Input { get; set; } = new();
    [BindProperty] public AddRole.Request NewRole { get; set; } = new();
    [BindProperty] public AddQuestion.Request NewQuestion { get; set; } = new();
    [BindProperty] public FollowConversationCount.Request Follow { get; set; } = new();

    /// <summary>This page's address with the owner and role it shows (for the pager, the map's links and the filter).</summary>
    public string ListUrl(string? role) => "/Roles" + QueryString.Create(new Dictionary<string, string?>
    {
        ["owner"] = Owner?.ToString(), ["role"] = role,
    }.Where(x => x.Value is not null));

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        PageNumber = pageNumber;
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostLogAsync(CancellationToken ct) =>
        ModelState.IsValid ? await AfterAsync(await log.HandleAsync(Actor, Input, ct), "Conversation logged. It is on your roles map.", nameof(Input), ct) : await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostDeleteAsync(Guid conversationId, CancellationToken ct) =>
        await AfterAsync(await delete.HandleAsync(Actor, conversationId, ct), "Conversation removed from your log.", "", ct);

    public async Task<IActionResult> OnPostAddRoleAsync(CancellationToken ct) =>
        await AfterAsync(await addRole.HandleAsync(Actor, NewRole, ct), "Role added to your list.", nameof(NewRole), ct);

    public async Task<IActionResult> OnPostHideAsync(string role, bool hidden, CancellationToken ct) =>
        await AfterAsync(await hide.HandleAsync(Actor, new() { Role = role, Hidden = hidden }, ct), hidden ? "Role hidden. Its conversations stay in your log." : "Role shown again.", "", ct);

    public async Task<IActionResult> OnPostAddQuestionAsync(CancellationToken ct) =>
        await AfterAsync(await addQuestion.HandleAsync(Actor, NewQuestion, ct), "Question added to your bank.", nameof(NewQuestion), ct);

    public async Task<IActionResult> OnPostDeleteQuestionAsync(Guid questionId, CancellationToken ct) =>
        await AfterAsync(await deleteQuestion.HandleAsync(Actor, questionId, ct), "Question removed from your bank.", "", ct);

    public async Task<IActionResult> OnPostFollowAsync(CancellationToken ct) =>
        await AfterAsync(await follow.HandleAsync(Actor, Follow, ct), Follow.GoalId is null ? "No goal follows your conversations now." : "The goal's measure now follows your conversations.", nameof(Follow), ct);

    public async Task<IActionResult> OnPostCommitAsync(CancellationToken ct) =>
        await AfterAsync(await commit.HandleAsync(Actor, ct), "Weekly commitment made: check in each week you arrange a conversation.", "", ct);

    private Task<IActionResult> AfterAsync<T>(Result<T> r, string done, string prefix, CancellationToken ct) =>
        AfterChangeAsync(r, done, "/Roles", () => LoadAsync(ct), prefix);

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var s = await map.HandleAsync(Actor, Owner, ct);
        if (Denied(s.Errors) is { } denied) return denied;
        if (!s.Succeeded) { Problem = s.Errors[0].Message; return null; }
        var l = await list.HandleAsync(Actor, new() { Owner = Owner, Role = Role, Page = PageNumber }, ct);
        if (Denied(l.Errors) is { } refused) return refused;
        if (!l.Succeeded) { Problem = l.Errors[0].Message; return null; }
        (Summary, Conversations) = (s.Value, l.Value);
        if (Request.Method == HttpMethods.Get) Follow = new() { GoalId = Summary!.Goal?.Id };
        return null;
    }
}
