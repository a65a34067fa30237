using Thrive.Web.Features.Groups;

namespace Thrive.Web.Pages.Groups;

public sealed class IndexModel(ListGroups.Handler list, JoinGroup.Handler join) : ThrivePageModel<ListGroups.View>
{
    /// <summary>The page of groups to join (<c>?page=</c>) and of the groups of the programmes the reader runs (<c>?running=</c>).</summary>
    [FromQuery(Name = "page")] public int? JoinablePage { get; set; }
    [FromQuery(Name = "running")] public int? RunningPage { get; set; }

    protected override IReadOnlyList<string> PageParameters { get; } = ["page", "running"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(list.HandleAsync(Actor, Pages, ct)) ?? Page();

    public async Task<IActionResult> OnPostJoinAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await join.HandleAsync(Actor, id, ct), "Welcome to the group.", $"/Groups/{id}", () => ShowAsync(list.HandleAsync(Actor, Pages, ct)));

    private ListGroups.Request Pages => ListGroups.Request.Of(JoinablePage, RunningPage, null);

    /// <summary>Where the pager of the groups to join goes: this page, with the other list's page kept.</summary>
    public string JoinablePager => RunningPage is > 1 ? $"/Groups?running={RunningPage}" : "/Groups";

    /// <summary>Where the pager of the programmes' groups goes: this page, with the groups to join's page kept.</summary>
    public string RunningPager => JoinablePage is > 1 ? $"/Groups?page={JoinablePage}" : "/Groups";
}
