using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Board;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Pages.Board;

public sealed class FlowModel(BoardFlow.Handler handler) : ThrivePageModel
{
    public BoardFlow.View View { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public Guid? Goal { get; set; }
    [BindProperty(SupportsGet = true)] public int Weeks { get; set; } = 12;

    public async Task<IActionResult> OnGetAsync(Guid boardId, CancellationToken ct)
    {
        var r = await handler.GetAsync(Actor, boardId, Goal, User.TimeZone(), Weeks, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        return Page();
    }
}
