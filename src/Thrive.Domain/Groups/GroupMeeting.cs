using Thrive.Domain.Sessions;

namespace Thrive.Domain.Groups;

public enum MeetingStatus { Scheduled, Held, Cancelled }

/// <summary>A member's answer to a meeting's invitation.</summary>
public enum AttendanceAnswer { NoAnswer, Going, NotGoing }

/// <summary>
/// One meeting of a group: when and where, its status, its shared notes. It is scheduled the way a pair's sessions are
/// (a <see cref="SessionSlot"/> in the facilitator's zone, turned into UTC instants by <see cref="SessionSchedule"/>, so
/// 18:00 stays 18:00 local across DST), or one at a time; each change of time, place or status raises
/// <see cref="Sequence"/> for the calendars. Who answers and who attended are <see cref="MeetingAttendance"/> rows.
/// </summary>
public sealed class GroupMeeting
{
    public const int NotesMax = 8000;
    public const int ReasonMax = 500;
    /// <summary>A series holds at most this many meetings (a year of weekly meetings).</summary>
    public const int SeriesMax = 52;

    private GroupMeeting() { }

    /// <summary>The event's title in invitations and in each member's calendar feed.</summary>
    public static string CalendarTitle(string groupName) => $"Group meeting: {groupName}";

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public DateTimeOffset StartUtc { get; private set; }
    public DateTimeOffset EndUtc { get; private set; }
    public MeetingStatus Status { get; private set; }
    public string CancelReason { get; private set; } = "";
    public int Sequence { get; private set; }
    /// <summary>A video link or a place in words (<see cref="MeetingPlace"/>); empty when not named yet.</summary>
    public string Place { get; private set; } = "";
    public string SharedNotes { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>When a facilitator recorded who attended (the meeting is then held).</summary>
    public DateTimeOffset? AttendanceRecordedAt { get; private set; }
    public Guid Version { get; private set; }

    /// <summary>
    /// <paramref name="count"/> meetings of a regular slot from its first day on; none may start in the past or overlap
    /// another scheduled meeting of the group (<paramref name="existing"/>).
    /// </summary>
    public static Result<IReadOnlyList<GroupMeeting>> Series(Group group, SessionSlot slot, int count, string? place, DateTimeOffset now,
        IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> existing)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(slot);
        if (group.ReadOnly() is { } archived) return archived;
        var v = new Validate().Range("Count", count, "The number of meetings", 1, SeriesMax);
        var checkedPlace = MeetingPlace.Check(place, nameof(Place));
        if (!v.Ok || !checkedPlace.Succeeded) return Result<IReadOnlyList<GroupMeeting>>.Fail([.. v.Errors, .. checkedPlace.Errors]);
        // Monthly is the widest cadence: 31 days a meeting reaches the last one.
        var times = SessionSchedule.Occurrences(slot, slot.StartsOn, slot.StartsOn.AddDays(31 * (count + 1))).Take(count).ToList();
        var taken = existing.ToList();
        var meetings = new List<GroupMeeting>();
        foreach (var (start, end) in times)
        {
            var ok = Check(start, end, now, taken);
            if (!ok.Succeeded) return Result<IReadOnlyList<GroupMeeting>>.Fail(ok.Errors);
            taken.Add((start, end));
            meetings.Add(New(group.Id, start, end, checkedPlace.Value!, now));
        }
        return meetings;
    }

    /// <summary>One meeting at <paramref name="start"/> for <paramref name="minutes"/> minutes.</summary>
    public static Result<GroupMeeting> One(Group group, DateTimeOffset start, int minutes, string? place, DateTimeOffset now,
        IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> existing)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.ReadOnly() is { } archived) return archived;
        var v = new Validate().Range("Minutes", minutes, "Duration (minutes)", SessionSlot.MinDuration, SessionSlot.MaxDuration);
        var checkedPlace = MeetingPlace.Check(place, nameof(Place));
        if (!v.Ok || !checkedPlace.Succeeded) return Result<GroupMeeting>.Fail([.. v.Errors, .. checkedPlace.Errors]);
        var end = start.AddMinutes(minutes);
        var ok = Check(start, end, now, existing);
        return ok.Succeeded ? New(group.Id, start, end, checkedPlace.Value!, now) : Result<GroupMeeting>.Fail(ok.Errors);
    }

    /// <summary>Moves a scheduled meeting; answers stay, and the sequence rises so calendars update the event.</summary>
    public Result<Unit> Move(Group group, DateTimeOffset start, DateTimeOffset now, IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> others)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.ReadOnly() is { } archived) return archived;
        if (Status != MeetingStatus.Scheduled) return Error.Conflict("Only a scheduled meeting can be moved.", null, "not_scheduled");
        if (start == StartUtc) return Error.Validation("Start", "That is already the time of this meeting.");
        var end = start + (EndUtc - StartUtc);
        var ok = Check(start, end, now, others);
        if (!ok.Succeeded) return ok;
        (StartUtc, EndUtc) = (start, end);
        Touch(raiseSequence: true);
        return Result.Ok();
    }

    /// <summary>Cancels one scheduled meeting with a reason the members read.</summary>
    public Result<Unit> Cancel(Group group, string? reason)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.ReadOnly() is { } archived) return archived;
        var v = new Validate().Required(nameof(CancelReason), reason, "A reason", ReasonMax);
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        if (Status != MeetingStatus.Scheduled) return Error.Conflict("Only a scheduled meeting can be cancelled.", null, "not_scheduled");
        Status = MeetingStatus.Cancelled;
        CancelReason = reason!.Trim();
        Touch(raiseSequence: true);
        return Result.Ok();
    }

    public Result<Unit> SaveNotes(Group group, string? notes)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.ReadOnly() is { } archived) return archived;
        if (Status == MeetingStatus.Cancelled) return Error.Conflict("This meeting was cancelled.", null, "cancelled");
        var v = new Validate().MaxLength(nameof(SharedNotes), notes, "The notes", NotesMax);
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        SharedNotes = (notes ?? "").Trim();
        Touch(raiseSequence: false);
        return Result.Ok();
    }

    /// <summary>Null while members may still answer; otherwise why not (cancelled, held, or already started).</summary>
    public Error? ClosedToAnswers(DateTimeOffset now) =>
        Status == MeetingStatus.Cancelled ? Error.Conflict("This meeting was cancelled.", null, "cancelled")
        : Status == MeetingStatus.Held || now >= StartUtc ? Error.Conflict("This meeting has already started: answers are closed.", null, "meeting_past")
        : null;

    /// <summary>
    /// After the meeting has started, a facilitator records who of the <paramref name="roster"/> attended: one row per
    /// member (existing answers are kept), and the meeting is held. Someone not in the group (removed meanwhile) is refused.
    /// </summary>
    public Result<IReadOnlyList<MeetingAttendance>> RecordAttendance(Group group, IReadOnlyCollection<Guid> roster, IReadOnlyCollection<Guid> attended,
        IReadOnlyCollection<MeetingAttendance> rows, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(attended);
        ArgumentNullException.ThrowIfNull(rows);
        if (group.ReadOnly() is { } archived) return archived;
        if (Status == MeetingStatus.Cancelled) return Error.Conflict("A cancelled meeting has no attendance.", null, "cancelled");
        if (now < StartUtc) return Error.Conflict("The meeting has not started yet: record who attended afterwards.", null, "not_started");
        if (attended.Any(a => !roster.Contains(a)))
            return Error.Validation("Attended", "Someone ticked is no longer a member of the group. Reload the page and record again.");
        var added = new List<MeetingAttendance>();
        foreach (var member in roster)
        {
            var row = rows.FirstOrDefault(r => r.UserId == member);
            if (row is null) added.Add(row = MeetingAttendance.For(this, member));
            row.Attended = attended.Contains(member);
        }
        Status = MeetingStatus.Held;
        AttendanceRecordedAt = now;
        Touch(raiseSequence: false);
        return added;
    }

    /// <summary>A new meeting starts in the future, ends after it starts, and does not overlap another of the group.</summary>
    private static Result<Unit> Check(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> others)
    {
        if (start < now) return Error.Validation("Start", "A meeting cannot start in the past: choose a later day or time.");
        if (end <= start) return Error.Validation("Minutes", "The meeting must end after it starts.");
        if (SessionRules.Overlaps(start, end, others)) return Error.Conflict("That time overlaps another meeting of this group.", "Start", "overlap");
        return Result.Ok();
    }

    private static GroupMeeting New(Guid groupId, DateTimeOffset start, DateTimeOffset end, string place, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), GroupId = groupId, StartUtc = start, EndUtc = end, Status = MeetingStatus.Scheduled, Place = place, CreatedAt = now, Version = Guid.NewGuid(),
    };

    private void Touch(bool raiseSequence)
    {
        if (raiseSequence) Sequence++;
        Version = Guid.NewGuid();
    }
}

/// <summary>A member's answer to a meeting (going, not going) and, once recorded, whether they attended.</summary>
public sealed class MeetingAttendance
{
    private MeetingAttendance() { }

    public Guid MeetingId { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid UserId { get; private set; }
    public AttendanceAnswer Answer { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    /// <summary>Null until a facilitator records the meeting's attendance.</summary>
    public bool? Attended { get; internal set; }

    internal static MeetingAttendance For(GroupMeeting meeting, Guid userId) => new() { MeetingId = meeting.Id, GroupId = meeting.GroupId, UserId = userId };

    /// <summary>
    /// A member answers going or not going (their earlier answer, <paramref name="row"/>, changes): only before the
    /// meeting starts, and never for a cancelled one. Returns the row to add when there was none.
    /// </summary>
    public static Result<MeetingAttendance> Give(Group group, GroupMeeting meeting, MeetingAttendance? row, Guid userId, AttendanceAnswer answer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(meeting);
        if (group.ReadOnly() is { } archived) return archived;
        if (answer is not (AttendanceAnswer.Going or AttendanceAnswer.NotGoing)) return Error.Validation(nameof(Answer), "Answer going or not going.");
        if (meeting.ClosedToAnswers(now) is { } closed) return closed;
        row ??= For(meeting, userId);
        row.Answer = answer;
        row.AnsweredAt = now;
        return row;
    }
}
