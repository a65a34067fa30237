using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Goals;
using Thrive.Web.Features.Swot;

namespace Thrive.Web.Pages.Swot;

public sealed class CompareModel(PersonalSwot.Handler handler) : ThrivePageModel
{
    public PersonalSwot.View A { get; private set; } = null!;
    public PersonalSwot.View B { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid analysisId, int a, int b, CancellationToken ct)
    {
        var r = await handler.CompareAsync(Actor, analysisId, a, b, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        (A, B) = r.Value;
        return Page();
    }
}
