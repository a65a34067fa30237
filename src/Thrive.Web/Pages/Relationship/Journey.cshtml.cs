using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Pairs;
using Thrive.Web.Features.Relationship;

namespace Thrive.Web.Pages.Relationship;

public sealed class JourneyModel(Journey.Handler handler) : ThrivePageModel
{
    public Journey.View View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var r = await handler.GetAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        return Page();
    }
}
