using Thrive.Web.Features.Goals;

namespace Thrive.Web.Pages.Goals;

public sealed class LibraryModel(ListGoalTemplates.Handler list, AddGoalTemplate.Handler add) : ThrivePageModel
{
    public ListGoalTemplates.View View { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public GoalCategory? Category { get; set; }
    [BindProperty] public AddGoalTemplate.Request Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => View = await list.HandleAsync(Actor, Category, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await AfterChangeAsync(await add.HandleAsync(Actor, Input, ct), "Template added to your programme's library.", "/Goals/Library",
            async () => { View = await list.HandleAsync(Actor, Category, ct); return null; }, nameof(Input));
}
