using Thrive.Web.Features.Programmes;

namespace Thrive.Web.Pages.Programmes;

public sealed class DetailsModel(GetProgramme.Handler handler) : ThrivePageModel
{
    public GetProgramme.View View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var r = await handler.HandleAsync(Actor, id, PageRequest.Of(page, 25), ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        return Page();
    }
}
