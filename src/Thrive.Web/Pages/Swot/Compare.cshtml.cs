using Thrive.Web.Features.Swot;

namespace Thrive.Web.Pages.Swot;

public sealed class CompareModel(CompareSwotRevisions.Handler compare) : ThrivePageModel
{
    public GetSwot.View A { get; private set; } = null!;
    public GetSwot.View B { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid analysisId, int a, int b, CancellationToken ct)
    {
        var r = await compare.HandleAsync(Actor, analysisId, a, b, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        (A, B) = (r.Value!.A, r.Value.B);
        return Page();
    }
}
