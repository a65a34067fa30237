using Thrive.Web.Features.Evidence;

namespace Thrive.Web.Pages.Evidence;

public sealed class IndexModel(ListEvidence.Handler list, AddEvidence.Handler add, DeleteEvidence.Handler delete) : ThrivePageModel, IEvidenceFormPage
{
    public ListEvidence.View? View { get; private set; }
    public string? Problem { get; private set; }
    public DateOnly Today => View?.Today ?? DateOnly.MinValue;
    public IReadOnlyList<ListEvidence.GoalChoice> GoalChoices => View?.Goals ?? [];
    [BindProperty(SupportsGet = true)] public Guid? Owner { get; set; }
    [BindProperty(SupportsGet = true)] public EvidenceKind? Kind { get; set; }
    public int? PageNumber { get; private set; }
    [BindProperty] public AddEvidence.Request Input { get; set; } = new();

    /// <summary>This page's address with the owner and kind it shows (for the pager and the filter).</summary>
    public string ListUrl(EvidenceKind? kind) => "/Evidence" + QueryString.Create(new Dictionary<string, string?>
    {
        ["owner"] = Owner?.ToString(), ["kind"] = kind?.ToString(),
    }.Where(x => x.Value is not null));

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        PageNumber = pageNumber;
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await LoadAsync(ct) ?? Page();
        return await AfterChangeAsync(await add.HandleAsync(Actor, Input, ct), "Evidence added.", "/Evidence", () => LoadAsync(ct), nameof(Input));
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid evidenceId, CancellationToken ct) =>
        await AfterChangeAsync(await delete.HandleAsync(Actor, evidenceId, ct), "Evidence removed.", "/Evidence", () => LoadAsync(ct));

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var r = await list.HandleAsync(Actor, new() { Owner = Owner, Kind = Kind, Page = PageNumber }, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        if (!r.Succeeded) { Problem = r.Errors[0].Message; return null; }
        View = r.Value;
        return null;
    }
}
