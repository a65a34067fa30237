using Thrive.Web.Features.Sessions;

namespace Thrive.Web.Pages.Sessions;

public sealed class DetailsModel(GetSession.Handler get, SaveAgenda.Handler agenda, SaveNotes.Handler notes, SavePrivateNote.Handler privateNote,
    AddActionItem.Handler addAction, TickActionItem.Handler tick, RescheduleSession.Handler reschedule, CancelSession.Handler cancel,
    RecordSession.Handler record, SetSessionPlace.Handler setPlace, JitsiRooms jitsi) : ThrivePageModel<GetSession.View>
{
    /// <summary>Whether the installation offers "Generate a Jitsi Meet link".</summary>
    public bool OffersJitsi => jitsi.Enabled;

    [BindProperty] public SaveAgenda.Request Agenda { get; set; } = new();
    [BindProperty] public SaveNotes.Request Notes { get; set; } = new();
    [BindProperty] public SavePrivateNote.Request PrivateNote { get; set; } = new();
    [BindProperty] public AddActionItem.Request NewAction { get; set; } = new();
    [BindProperty] public RescheduleSession.Request Move { get; set; } = new();
    [BindProperty] public CancelSession.Request Cancel { get; set; } = new();
    [BindProperty] public RecordSession.Request Record { get; set; } = new();
    [BindProperty] public SetSessionPlace.Request Where { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>A refused move shows the form again as typed; a conflict also takes the partner's version, so a second try is deliberate.</summary>
    public async Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await reschedule.HandleAsync(Actor, id, Move, ct), "Session moved. You both have an updated invitation.", $"/Sessions/{id}",
            async () =>
            {
                if (await LoadAsync(id, ct) is { } denied) return denied;
                Move = Move with { Version = View.Session.Version };
                return null;
            }, prefix: nameof(Move));

    /// <summary>"Save" or "Save and share": the button says which (<paramref name="share"/>).</summary>
    public async Task<IActionResult> OnPostAgendaAsync(Guid id, bool share, CancellationToken ct) =>
        await AfterAsync(id, await agenda.HandleAsync(Actor, id, Agenda with { Share = share }, ct), share ? "Agenda shared." : "Agenda saved.", "", nameof(Agenda), ct);

    public async Task<IActionResult> OnPostNotesAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await notes.HandleAsync(Actor, id, Notes, ct), "Notes saved.", "#notes", nameof(Notes), ct);

    public async Task<IActionResult> OnPostPrivateAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await privateNote.HandleAsync(Actor, id, PrivateNote, ct), "Private note saved.", "#private", nameof(PrivateNote), ct);

    public async Task<IActionResult> OnPostActionAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await addAction.HandleAsync(Actor, id, NewAction, ct), "Action item added.", "#actions", nameof(NewAction), ct);

    public async Task<IActionResult> OnPostToggleAsync(Guid id, Guid itemId, CancellationToken ct) =>
        await AfterAsync(id, await tick.HandleAsync(Actor, itemId, ct), "Action item updated.", "#actions", "", ct);

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await cancel.HandleAsync(Actor, id, Cancel, ct), "Session cancelled.", "", nameof(Cancel), ct);

    public async Task<IActionResult> OnPostRecordAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await record.HandleAsync(Actor, id, Record, ct), "Session recorded.", "", nameof(Record), ct);

    public async Task<IActionResult> OnPostPlaceAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await setPlace.HandleAsync(Actor, id, Where, ct), "Meeting place saved. You both have an updated invitation.", "", nameof(Where), ct);

    /// <summary>Fills the place field with a new Jitsi Meet room; nothing is saved until the person saves the form.</summary>
    public async Task<IActionResult> OnPostJitsiAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!View.CanWrite) return StatusCode(StatusCodes.Status403Forbidden);
        ModelState.Remove($"{nameof(Where)}.{nameof(SetSessionPlace.Request.Place)}");
        Where = new() { Place = jitsi.NewLink() ?? Where.Place };
        return Page();
    }

    private Task<IActionResult> AfterAsync<T>(Guid id, Result<T> r, string done, string anchor, string prefix, CancellationToken ct) =>
        AfterChangeAsync(r, done, $"/Sessions/{id}{anchor}", () => LoadAsync(id, ct), prefix);

    /// <summary>Whether this request posted the form whose fields start with <paramref name="prefix"/>.</summary>
    private bool Posted(string prefix) =>
        Request.HasFormContentType && Request.Form.Keys.Any(k => k.StartsWith(prefix + ".", StringComparison.Ordinal));

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await ShowAsync(get.HandleAsync(Actor, id, ct)) is { } denied) return denied;
        // Forms that this request did not post show what is stored, so a refused post elsewhere on the page
        // never presents (and a later save never writes) blank agenda or notes.
        if (!Posted(nameof(Agenda))) Agenda = View.Agenda;
        if (!Posted(nameof(Notes))) Notes = new() { Text = View.Session.SharedNotes };
        if (!Posted(nameof(PrivateNote))) PrivateNote = new() { Text = View.PrivateNote };
        if (!Posted(nameof(Where))) Where = new() { Place = View.Session.MeetingPlace };
        // The move form starts at the session's current time, in the reader's zone.
        if (Move.Version == Guid.Empty)
            Move = new() { Date = View.LocalStart.Date, Time = View.LocalStart.Time, TimeZone = View.TimeZone, Version = View.Session.Version };
        return null;
    }
}
