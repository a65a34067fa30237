using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Pages.Pairs;

public sealed class DetailsModel(PairDetails.Handler handler) : ThrivePageModel
{
    public PairDetails.View View { get; private set; } = null!;
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, PairDetails.Change change, CancellationToken ct)
    {
        var r = await handler.ChangeAsync(Actor, id, change, Reason, ct);
        if (!r.Succeeded)
        {
            if (await LoadAsync(id, ct) is { } denied) return denied;
            return Failed(r.Errors, prefix: "");
        }
        Flash(change switch
        {
            PairDetails.Change.Activate => "The pair is active.",
            PairDetails.Change.Complete => "The pair is completed. Well done to both!",
            _ => "The pair is dissolved. Both people are free to be paired again.",
        });
        return Redirect($"/Pairs/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var r = await handler.GetAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        return null;
    }
}
