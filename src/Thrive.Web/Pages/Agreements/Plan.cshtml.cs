using Thrive.Web.Features.Agreements;
using Thrive.Web.Features.Sessions;

namespace Thrive.Web.Pages.Agreements;

public sealed class PlanModel(GetPlan.Handler get, WritePlan.Handler write, SignPlan.Handler sign, JitsiRooms jitsi) : ThrivePageModel<GetPlan.View>
{
    /// <summary>Whether the installation offers "Generate a Jitsi Meet link".</summary>
    public bool OffersJitsi => jitsi.Enabled;

    [BindProperty] public WritePlan.Request Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int? Version { get; set; }
    public bool Editing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool edit, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Editing = View.CanWrite && (edit || View.Plan is null);
        return Page();
    }

    public async Task<IActionResult> OnPostWriteAsync(Guid id, CancellationToken ct)
    {
        var r = await write.HandleAsync(Actor, id, Input, ct);
        return await AfterChangeAsync(r, $"Version {r.Value} saved. Both of you sign it to agree.", $"/Pairs/{id}/Plan", async () =>
        {
            Editing = true;
            return await LoadAsync(id, ct, keepInput: true);
        }, nameof(Input));
    }

    /// <summary>The form again, as typed, with a new Jitsi Meet room in the meeting place; nothing is saved until "Save this version".</summary>
    public async Task<IActionResult> OnPostJitsiAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, keepInput: true) is { } denied) return denied;
        if (!View.CanWrite) return StatusCode(StatusCodes.Status403Forbidden);
        Editing = true;
        ModelState.Remove($"{nameof(Input)}.{nameof(WritePlan.Request.MeetingPlace)}");
        Input = Input with { MeetingPlace = jitsi.NewLink() ?? Input.MeetingPlace };
        return Page();
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id, int number, CancellationToken ct) =>
        await AfterChangeAsync(await sign.HandleAsync(Actor, id, number, ct), "Signed and dated.", $"/Pairs/{id}/Plan", () => LoadAsync(id, ct));

    /// <summary>Loads the plan and fills the form with the shown version's terms (a refused form keeps what was typed).</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct, bool keepInput = false)
    {
        if (await ShowAsync(get.HandleAsync(Actor, id, Version, ct)) is { } denied) return denied;
        if (!keepInput) Input = WritePlan.Request.From(View.Plan?.Terms ?? PlanTerms.Default);
        return null;
    }
}
