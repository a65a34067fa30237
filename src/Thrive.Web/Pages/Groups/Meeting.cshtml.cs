using Thrive.Web.Features.Groups;

namespace Thrive.Web.Pages.Groups;

public sealed class MeetingModel(GetMeeting.Handler get, AnswerMeeting.Handler reply, MoveMeeting.Handler move, CancelMeeting.Handler cancel,
    RecordAttendance.Handler record, SaveMeetingNotes.Handler notes, AddAgendaTopic.Handler topic, ArrangeTopic.Handler arrange, WriteUpdate.Handler update,
    AddMeetingAction.Handler action, TickMeetingAction.Handler tick) : ThrivePageModel<GetMeeting.View>
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public Guid MeetingId { get; set; }
    [BindProperty] public MoveMeeting.Request Move { get; set; } = new();
    [BindProperty] public CancelMeeting.Request Cancel { get; set; } = new(null);
    [BindProperty] public RecordAttendance.Request Record { get; set; } = new();
    [BindProperty] public SaveMeetingNotes.Request Notes { get; set; } = new(null);
    [BindProperty] public AddAgendaTopic.Request Topic { get; set; } = new(null);
    [BindProperty] public WriteUpdate.Request Update { get; set; } = new(null);
    [BindProperty] public AddMeetingAction.Request NewAction { get; set; } = new();

    public Guid Me => Actor.UserId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAnswerAsync(Domain.Groups.AttendanceAnswer answer, CancellationToken ct) =>
        await AfterAsync(await reply.HandleAsync(Actor, Id, MeetingId, new(answer), ct), answer == Domain.Groups.AttendanceAnswer.Going ? "You are going." : "You are not going.", "", "", ct);

    public async Task<IActionResult> OnPostMoveAsync(CancellationToken ct) =>
        await AfterAsync(await move.HandleAsync(Actor, Id, MeetingId, Move, ct), "Meeting moved. Every member has an updated invitation.", "", nameof(Move), ct);

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken ct) =>
        await AfterAsync(await cancel.HandleAsync(Actor, Id, MeetingId, Cancel, ct), "Meeting cancelled. Every member's calendar shows it.", "", nameof(Cancel), ct);

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken ct) =>
        await AfterAsync(await record.HandleAsync(Actor, Id, MeetingId, Record, ct), "Attendance recorded.", "#attendees", nameof(Record), ct);

    public async Task<IActionResult> OnPostNotesAsync(CancellationToken ct) =>
        await AfterAsync(await notes.HandleAsync(Actor, Id, MeetingId, Notes, ct), "Notes saved.", "#notes", nameof(Notes), ct);

    public async Task<IActionResult> OnPostTopicAsync(CancellationToken ct) =>
        await AfterAsync(await topic.HandleAsync(Actor, Id, MeetingId, Topic, ct), "Topic added to the agenda.", "#agenda", nameof(Topic), ct);

    public async Task<IActionResult> OnPostArrangeAsync(Guid topicId, ArrangeTopic.Change change, CancellationToken ct) =>
        await AfterAsync(await arrange.HandleAsync(Actor, Id, MeetingId, topicId, change, ct), "Agenda updated.", "#agenda", "", ct);

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken ct) =>
        await AfterAsync(await update.HandleAsync(Actor, Id, MeetingId, Update, ct), "Your update is in the round.", "#updates", nameof(Update), ct);

    public async Task<IActionResult> OnPostActionAsync(CancellationToken ct) =>
        await AfterAsync(await action.HandleAsync(Actor, Id, MeetingId, NewAction, ct), "Action item added.", "#actions", nameof(NewAction), ct);

    public async Task<IActionResult> OnPostTickAsync(Guid itemId, CancellationToken ct) =>
        await AfterAsync(await tick.HandleAsync(Actor, Id, MeetingId, itemId, ct), "Action item updated.", "#actions", "", ct);

    private Task<IActionResult> AfterAsync<T>(Result<T> r, string done, string anchor, string prefix, CancellationToken ct) =>
        AfterChangeAsync(r, done, $"/Groups/{Id}/Meetings/{MeetingId}{anchor}", () => LoadAsync(ct), prefix);

    private bool Posted(string prefix) => Request.HasFormContentType && Request.Form.Keys.Any(k => k.StartsWith(prefix + ".", StringComparison.Ordinal));

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await ShowAsync(get.HandleAsync(Actor, Id, MeetingId, ct)) is { } denied) return denied;
        // A refused post elsewhere on the page never blanks the notes, the reader's update or the move form.
        if (!Posted(nameof(Notes))) Notes = new(View.Meeting.SharedNotes);
        if (!Posted(nameof(Update))) Update = new(View.Updates.FirstOrDefault(u => u.Mine)?.Text);
        if (!Posted(nameof(Move)))
            Move = new() { Date = DateOnly.FromDateTime(View.LocalStart), Time = TimeOnly.FromDateTime(View.LocalStart), TimeZone = View.TimeZone, Version = View.Meeting.Version };
        if (!Posted(nameof(Record))) Record = new() { Attended = View.Attendees.Where(a => a.Attended ?? a.Answer == Domain.Groups.AttendanceAnswer.Going).Select(a => a.UserId).ToArray() };
        return null;
    }
}
