using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Pages.Pairs;

public sealed class NewModel(ListPairCandidates.Handler candidates, ProposePair.Handler propose) : ThrivePageModel
{
    public Guid Id { get; private set; }
    public ListPairCandidates.View Candidates { get; private set; } = null!;
    [BindProperty] public ProposePair.Request Input { get; set; } = new() { Activate = true };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var r = await propose.HandleAsync(Actor, id, Input, ct);
        if (r.Succeeded)
        {
            Flash(Input.Activate ? "Pair created and active. Both have been told on their home page." : "Pair proposed.");
            return Redirect($"/Pairs/{r.Value}");
        }
        return Denied(r.Errors) ?? await LoadAsync(id, ct) ?? Failed(r.Errors, nameof(Input));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        return await ReadAsync(candidates.HandleAsync(Actor, id, ct), v => Candidates = v);
    }
}
