using Thrive.Web.Features.Groups;

namespace Thrive.Web.Pages.Groups;

public sealed class IndexModel(ListGroups.Handler list, JoinGroup.Handler join) : ThrivePageModel<ListGroups.View>
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(list.HandleAsync(Actor, ct)) ?? Page();

    public async Task<IActionResult> OnPostJoinAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await join.HandleAsync(Actor, id, ct), "Welcome to the group.", $"/Groups/{id}", () => ShowAsync(list.HandleAsync(Actor, ct)));
}
