using Thrive.Web.Features.Goals;

namespace Thrive.Web.Pages.Goals;

public sealed class IndexModel(ListGoals.Handler list) : ThrivePageModel
{
    public ListGoals.View? Goals { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? owner, Guid? programme, CancellationToken ct)
    {
        var r = await list.HandleAsync(Actor, owner, programme, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        if (!r.Succeeded) { Problem = r.Errors[0].Message; return Page(); }
        Goals = r.Value;
        return Page();
    }
}
