using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Sessions;
using Thrive.Web.Features.Sessions;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Pages.Sessions;

public sealed class DetailsModel(PairSessions.Handler handler, RescheduleSession.Handler reschedule, TimeProvider clock) : ThrivePageModel
{
    public sealed class MoveInput
    {
        public DateOnly? Date { get; set; }
        public TimeOnly? Time { get; set; }
        public string? TimeZone { get; set; }
        public Guid Version { get; set; }
    }

    public PairSessions.SessionView View { get; private set; } = null!;

    /// <summary>Held or no-show can be recorded once the session has started.</summary>
    public bool Started => View.Session.StartUtc <= clock.GetUtcNow();
    [BindProperty] public Dictionary<string, string?> Agenda { get; set; } = [];
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public string? PrivateNote { get; set; }
    [BindProperty] public string? ActionText { get; set; }
    [BindProperty] public bool ForPartner { get; set; }
    [BindProperty] public DateOnly? Due { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public MoveInput Move { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        return Page();
    }

    /// <summary>A refused move shows the form again as typed; a conflict also takes the partner's version, so a second try is deliberate.</summary>
    public async Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await reschedule.HandleAsync(Actor, id, new RescheduleSession.Request(Move.Date, Move.Time, Move.TimeZone, Move.Version), ct),
            "Session moved. You both have an updated invitation.", $"/Sessions/{id}", async () =>
            {
                if (await LoadAsync(id, ct) is { } denied) return denied;
                Move.Version = View.Session.Version;
                return null;
            }, prefix: "Move");

    public async Task<IActionResult> OnPostAgendaAsync(Guid id, bool share, CancellationToken ct) =>
        await AfterChangeAsync(await handler.SaveAgendaAsync(Actor, id, A("CheckIn"), A("WentWell"), A("DidNotGoWell"), A("HopeNext"), A("Challenges"), share, ct),
            share ? "Agenda shared." : "Agenda saved.", $"/Sessions/{id}", () => LoadAsync(id, ct));

    public async Task<IActionResult> OnPostNotesAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await handler.SaveNotesAsync(Actor, id, Notes, ct), "Notes saved.", $"/Sessions/{id}#notes", () => LoadAsync(id, ct));

    public async Task<IActionResult> OnPostPrivateAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await handler.SavePrivateNoteAsync(Actor, id, PrivateNote, ct), "Private note saved.", $"/Sessions/{id}#private", () => LoadAsync(id, ct));

    public async Task<IActionResult> OnPostActionAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await handler.AddActionAsync(Actor, id, ActionText, ForPartner, Due, ct), "Action item added.", $"/Sessions/{id}#actions", () => LoadAsync(id, ct));

    public async Task<IActionResult> OnPostToggleAsync(Guid id, Guid itemId, CancellationToken ct) =>
        await AfterChangeAsync(await handler.ToggleActionAsync(Actor, itemId, ct), "Action item updated.", $"/Sessions/{id}#actions", () => LoadAsync(id, ct));

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await handler.CancelAsync(Actor, id, Reason, ct), "Session cancelled.", $"/Sessions/{id}", () => LoadAsync(id, ct));

    public async Task<IActionResult> OnPostRecordAsync(Guid id, SessionStatus status, CancellationToken ct) =>
        await AfterChangeAsync(await handler.RecordAsync(Actor, id, status, ct), "Session recorded.", $"/Sessions/{id}", () => LoadAsync(id, ct));

    private string? A(string key) => Agenda.GetValueOrDefault(key);

    private bool Posted(string keyPrefix) =>
        Request.HasFormContentType && Request.Form.Keys.Any(k => k.StartsWith(keyPrefix, StringComparison.Ordinal));

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var r = await handler.GetAsync(Actor, id, User.TimeZone(), ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        // Forms that this request did not post show what is stored, so a refused post elsewhere on the page
        // never presents (and a later save never writes) blank agenda or notes.
        var s = View.Session;
        if (!Posted("Agenda["))
            Agenda = new() { ["CheckIn"] = s.CheckIn, ["WentWell"] = s.WentWell.Length == 0 && View.PreviousHopeNext.Length > 0 ? $"Last time I hoped to: {View.PreviousHopeNext}" : s.WentWell,
                ["DidNotGoWell"] = s.DidNotGoWell, ["HopeNext"] = s.HopeNext, ["Challenges"] = s.Challenges };
        if (!Posted(nameof(Notes))) Notes = s.SharedNotes;
        if (!Posted(nameof(PrivateNote))) PrivateNote = View.PrivateNote;
        if (Move.Version == Guid.Empty)
        {
            // The move form starts at the session's current time, in the reader's zone.
            var tz = User.TimeZone();
            var start = View.Session.StartUtc;
            var local = SessionTimes.InZone(start, tz) is { Succeeded: true } z ? z.Value!.Local : start.UtcDateTime;
            Move = new MoveInput { Date = DateOnly.FromDateTime(local), Time = TimeOnly.FromDateTime(local), TimeZone = tz, Version = View.Session.Version };
        }
        return null;
    }
}
