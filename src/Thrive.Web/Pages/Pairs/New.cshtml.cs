using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Pages.Pairs;

public sealed class NewModel(ProposePair.Handler handler) : ThrivePageModel
{
    public Guid Id { get; private set; }
    public ProposePair.Candidates Candidates { get; private set; } = null!;
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public Guid MentorId { get; set; }
        public Guid MenteeId { get; set; }
        public bool Activate { get; set; } = true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        var r = await handler.HandleAsync(Actor, id, new ProposePair.Request(Input.MentorId, Input.MenteeId, Input.Activate), ct);
        if (!r.Succeeded) return Failed(r.Errors);
        Flash(Input.Activate ? "Pair created and active. Both have been told on their home page." : "Pair proposed.");
        return Redirect($"/Pairs/{r.Value}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        var r = await handler.CandidatesAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        Candidates = r.Value!;
        return null;
    }
}
