using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Goals;

namespace Thrive.Web.Pages.Goals;

public sealed class IndexModel(GoalList.Handler handler) : ThrivePageModel
{
    public GoalList.PersonGoals? Goals { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? owner, Guid? programme, CancellationToken ct)
    {
        var r = await handler.ForPersonAsync(Actor, owner ?? Actor.UserId, programme, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        if (!r.Succeeded) { Problem = r.Errors[0].Message; return Page(); }
        Goals = r.Value;
        return Page();
    }
}
