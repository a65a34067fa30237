using Thrive.Web.Features.Groups;

namespace Thrive.Web.Pages.Groups;

public sealed class DetailsModel(GetGroup.Handler get, LeaveGroup.Handler leave, ArchiveGroup.Handler archive, ChangeMemberRole.Handler role,
    AddMember.Handler add, MarkPartRead.Handler mark, AddPrompt.Handler prompt, VotePrompt.Handler vote, WriteReflection.Handler reflect,
    BackGoal.Handler back) : ThrivePageModel<GetGroup.View>
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public AddMember.Request? Add { get; set; }
    [BindProperty] public AddPrompt.Request? Prompt { get; set; }
    [BindProperty] public WriteReflection.Request? Reflection { get; set; }
    [BindProperty] public BackGoal.Request? Goal { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostLeaveAsync(CancellationToken ct)
    {
        var r = await leave.HandleAsync(Actor, Id, null, ct);
        return await AfterChangeAsync(r, "You left the group.", "/Groups", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid userId, CancellationToken ct) =>
        await AfterAsync(await leave.HandleAsync(Actor, Id, userId, ct), "Member removed from the group.", ct);

    public async Task<IActionResult> OnPostArchiveAsync(CancellationToken ct) =>
        await AfterAsync(await archive.HandleAsync(Actor, Id, ct), "Group archived: it stays here to read, and can no longer change.", ct);

    public async Task<IActionResult> OnPostRoleAsync(Guid userId, Domain.Groups.GroupRole to, CancellationToken ct) =>
        await AfterAsync(await role.HandleAsync(Actor, Id, userId, to, ct), to == Domain.Groups.GroupRole.Facilitator ? "Facilitator added." : "Facilitator role handed back.", ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        await AfterAsync(await add.HandleAsync(Actor, Id, Add ?? new(null), ct), "Member added.", ct, nameof(Add));

    public async Task<IActionResult> OnPostReadAsync(Guid partId, bool read, CancellationToken ct) =>
        await AfterAsync(await mark.HandleAsync(Actor, Id, partId, read, ct), read ? "Marked as read." : "Marked as not read yet.", ct, anchor: $"part-{partId}");

    public async Task<IActionResult> OnPostPromptAsync(CancellationToken ct) =>
        await AfterAsync(await prompt.HandleAsync(Actor, Id, Prompt ?? new(null, null), ct), "Prompt added.", ct, nameof(Prompt), $"part-{Prompt?.PartId}");

    public async Task<IActionResult> OnPostVoteAsync(Guid promptId, Guid partId, CancellationToken ct) =>
        await AfterAsync(await vote.HandleAsync(Actor, Id, promptId, ct), "Vote counted.", ct, anchor: $"part-{partId}");

    public async Task<IActionResult> OnPostReflectAsync(CancellationToken ct) =>
        await AfterAsync(await reflect.HandleAsync(Actor, Id, Reflection ?? new(), ct), Reflection?.IsPrivate == true ? "Reflection saved, just for you." : "Reflection saved and shared with the group.", ct,
            nameof(Reflection), $"part-{Reflection?.PartId}");

    public async Task<IActionResult> OnPostGoalAsync(CancellationToken ct) =>
        await AfterAsync(await back.HandleAsync(Actor, Id, Goal ?? new(), ct),
            Goal?.GoalId is null ? "The group no longer counts towards a goal of yours." : "Saved: your goal now counts your progress in this group.", ct, nameof(Goal), "your-goal");

    private Task<IActionResult> AfterAsync<T>(Result<T> r, string done, CancellationToken ct, string prefix = "", string? anchor = null) =>
        AfterChangeAsync(r, done, $"/Groups/{Id}" + (anchor is null ? "" : "#" + anchor), () => LoadAsync(ct), prefix);

    private Task<IActionResult?> LoadAsync(CancellationToken ct) => ShowAsync(get.HandleAsync(Actor, Id, ct));
}
