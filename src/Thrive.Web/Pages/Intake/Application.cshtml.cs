using Thrive.Web.Features.Intake;

namespace Thrive.Web.Pages.Intake;

public sealed class ApplicationModel(GetApplication.Handler get, RecordCallNotes.Handler notes, DecideApplication.Handler decide) : ThrivePageModel
{
    public GetApplication.Detail Detail { get; private set; } = null!;
    [BindProperty] public RecordCallNotes.Request Notes { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid participantId, CancellationToken ct)
    {
        if (await LoadAsync(id, participantId, ct) is { } denied) return denied;
        Notes = new() { CallNotes = Detail.CallNotes };
        return Page();
    }

    public async Task<IActionResult> OnPostNotesAsync(Guid id, Guid participantId, CancellationToken ct) =>
        await AfterAsync(await notes.HandleAsync(Actor, id, participantId, Notes, ct), "Call notes saved.", id, participantId, nameof(Notes), ct);

    /// <summary>Each button posts its own decision in the query (?accept=true), so the form has no field to tamper with.</summary>
    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid participantId, bool accept, CancellationToken ct) =>
        await AfterAsync(await decide.HandleAsync(Actor, id, participantId, new DecideApplication.Request { Accept = accept }, ct),
            accept ? "Application accepted." : "Application declined.", id, participantId, "", ct);

    private Task<IActionResult> AfterAsync(Result<Unit> r, string done, Guid id, Guid participantId, string prefix, CancellationToken ct) =>
        AfterChangeAsync(r, done, $"/Programmes/{id}/Applications/{participantId}", () => LoadAsync(id, participantId, ct), prefix);

    private Task<IActionResult?> LoadAsync(Guid id, Guid participantId, CancellationToken ct) =>
        ReadAsync(get.HandleAsync(Actor, id, participantId, ct), v => Detail = v);
}
