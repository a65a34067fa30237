using Thrive.Web.Features.Board;

namespace Thrive.Web.Pages.Board;

public sealed class FlowModel(GetFlowMetrics.Handler handler) : ThrivePageModel<GetFlowMetrics.View>
{
    /// <summary>The windows the page offers, in weeks.</summary>
    public static readonly IReadOnlyList<int> WeekChoices = [4, 8, 12, 26, 52];

    [BindProperty(SupportsGet = true)] public Guid? Goal { get; set; }
    [BindProperty(SupportsGet = true)] public int Weeks { get; set; } = 12;

    public async Task<IActionResult> OnGetAsync(Guid boardId, CancellationToken ct) => await ShowAsync(handler.HandleAsync(Actor, boardId, new() { Goal = Goal, Weeks = Weeks }, ct)) ?? Page();
}
