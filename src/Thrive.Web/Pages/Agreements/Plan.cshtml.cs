using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Agreements;
using Thrive.Web.Features.Pairs;
using Thrive.Web.Features.Agreements;

namespace Thrive.Web.Pages.Agreements;

public sealed class PlanModel(PairAgreements.Handler handler) : ThrivePageModel
{
    public PairAgreements.View View { get; private set; } = null!;
    [BindProperty] public PlanTerms Input { get; set; } = PlanTerms.Default;
    [BindProperty(SupportsGet = true)] public int? Version { get; set; }
    public bool Editing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool edit, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input = View.Plan?.Terms ?? PlanTerms.Default;
        Editing = edit || View.Plan is null;
        return Page();
    }

    public async Task<IActionResult> OnPostWriteAsync(Guid id, CancellationToken ct)
    {
        var r = await handler.WritePlanAsync(Actor, id, Input, ct);
        return await AfterChangeAsync(r, $"Version {r.Value} saved. Both of you sign it to agree.", $"/Pairs/{id}/Plan", async () =>
        {
            Editing = true;
            return await LoadAsync(id, ct);
        }, prefix: "Input");
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id, int number, CancellationToken ct) =>
        await AfterChangeAsync(await handler.SignAsync(Actor, id, number, ct), "Signed and dated.", $"/Pairs/{id}/Plan", async () =>
        {
            if (await LoadAsync(id, ct) is { } denied) return denied;
            Input = View.Plan?.Terms ?? PlanTerms.Default;
            return null;
        });

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var r = await handler.GetAsync(Actor, id, Version, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        return null;
    }
}
