namespace Thrive.Domain.Sessions;

public enum SessionStatus { Scheduled, Held, Cancelled, NoShow }

/// <summary>
/// One session of a pair: when, its agenda (the guide's five prompts, shared by the mentee before the session),
/// its shared notes, and what became of it. Each change of time or status raises <see cref="Sequence"/>, as
/// calendar invitations need.
/// </summary>
public sealed class MentoringSession
{
    public const int TextMax = 4000;
    public const int ReasonMax = 500;

    private MentoringSession() { }

    public Guid Id { get; private set; }
    public Guid PairId { get; private set; }
    public DateTimeOffset StartUtc { get; private set; }
    public DateTimeOffset EndUtc { get; private set; }
    public SessionStatus Status { get; private set; }
    public string CancelReason { get; private set; } = "";
    public bool CancelledLate { get; private set; }
    public int Sequence { get; private set; }
    public string CheckIn { get; private set; } = "";
    public string WentWell { get; private set; } = "";
    public string DidNotGoWell { get; private set; } = "";
    public string HopeNext { get; private set; } = "";
    public string Challenges { get; private set; } = "";
    public DateTimeOffset? AgendaSharedAt { get; private set; }
    public string SharedNotes { get; private set; } = "";

    /// <summary>This session's own video link or place; empty when it follows the mentoring plan's.</summary>
    public string MeetingPlace { get; private set; } = "";
    public Guid Version { get; private set; }

    public static MentoringSession Plan(Guid pairId, DateTimeOffset startUtc, DateTimeOffset endUtc) => new()
    {
        Id = Guid.NewGuid(), PairId = pairId, StartUtc = startUtc, EndUtc = endUtc, Status = SessionStatus.Scheduled, Version = Guid.NewGuid(),
    };

    /// <summary>The agenda is shared by the end of the day before the session, by default.</summary>
    public DateTimeOffset ShareBy => StartUtc.AddDays(-1);

    public Result<Unit> SaveAgenda(string? checkIn, string? wentWell, string? didNotGoWell, string? hopeNext, string? challenges, bool share, DateTimeOffset now)
    {
        if (Status != SessionStatus.Scheduled) return Error.Conflict("The agenda can be changed until the session is held or cancelled.");
        var v = new Validate();
        foreach (var (name, value) in new[] { (nameof(CheckIn), checkIn), (nameof(WentWell), wentWell), (nameof(DidNotGoWell), didNotGoWell), (nameof(HopeNext), hopeNext), (nameof(Challenges), challenges) })
            v.MaxLength(name, value, "This answer", TextMax);
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        (CheckIn, WentWell, DidNotGoWell, HopeNext, Challenges) = (T(checkIn), T(wentWell), T(didNotGoWell), T(hopeNext), T(challenges));
        if (share) AgendaSharedAt ??= now;
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    public Result<Unit> SaveNotes(string? notes)
    {
        var v = new Validate().MaxLength(nameof(SharedNotes), notes, "Notes", TextMax * 2);
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        SharedNotes = T(notes);
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    /// <summary>Cancels with a reason; later than the plan's notice it is marked late.</summary>
    public Result<Unit> Cancel(string? reason, int noticeHours, DateTimeOffset now)
    {
        var v = new Validate().Required(nameof(CancelReason), reason, "A reason", ReasonMax);
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        if (Status != SessionStatus.Scheduled) return Error.Conflict("Only a scheduled session can be cancelled.");
        Status = SessionStatus.Cancelled;
        CancelReason = reason!.Trim();
        CancelledLate = SessionRules.IsLateCancellation(StartUtc, now, noticeHours);
        Sequence++;
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    /// <summary>
    /// Moves a scheduled session to a new time: not into the past, not onto another scheduled session of the pair
    /// (<paramref name="others"/> excludes this one). Agenda and notes stay; the sequence rises for the calendars.
    /// </summary>
    public Result<Unit> Reschedule(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> others)
    {
        if (Status != SessionStatus.Scheduled) return Error.Conflict("Only a scheduled session can be moved.");
        if (start == StartUtc && end == EndUtc) return Error.Validation("Start", "That is already the time of this session.");
        var ok = SessionRules.ValidateNewSession(start, end, now, others);
        if (!ok.Succeeded) return ok;
        (StartUtc, EndUtc) = (start, end);
        Sequence++;
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    /// <summary>
    /// Names this session's own link or place (empty: the plan's again). Calendars hold the place, so the sequence rises.
    /// </summary>
    public Result<Unit> SetPlace(string? place)
    {
        var checkedPlace = Sessions.MeetingPlace.Check(place, nameof(MeetingPlace));
        if (!checkedPlace.Succeeded) return Result<Unit>.Fail(checkedPlace.Errors);
        if (Status != SessionStatus.Scheduled) return Error.Conflict("The place can be changed until the session is held or cancelled.");
        if (checkedPlace.Value == MeetingPlace) return Result.Ok();
        MeetingPlace = checkedPlace.Value!;
        Sequence++;
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    public Result<Unit> Record(SessionStatus status, DateTimeOffset now)
    {
        if (status is not (SessionStatus.Held or SessionStatus.NoShow)) return Error.Validation("Status", "Record a session as held or as a no-show.");
        if (Status == SessionStatus.Cancelled) return Error.Conflict("A cancelled session cannot be recorded as held.");
        if (now < StartUtc) return Error.Conflict("The session has not started yet.");
        Status = status;
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    private static string T(string? s) => (s ?? "").Trim();
}

/// <summary>An action item from a session, with an owner and a due date, carried forward until done.</summary>
public sealed class ActionItem
{
    public const int TextMax = 300;

    private ActionItem() { Text = ""; }

    public Guid Id { get; private set; }
    public Guid PairId { get; private set; }
    public Guid? SessionId { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Text { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who wrote it (the owner or their partner); null for items kept from before this was recorded.</summary>
    public Guid? CreatedById { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }

    public static Result<ActionItem> Add(Guid pairId, Guid? sessionId, Guid ownerId, string? text, DateOnly? due, DateOnly today, DateTimeOffset now, Guid? createdBy = null)
    {
        var v = new Validate().Required(nameof(Text), text, "The action", TextMax)
            .That(due is null || (due >= today && due.Value.Year <= 2100), nameof(DueDate), "The due date must be today or later.");
        if (!v.Ok) return Result<ActionItem>.Fail(v.Errors);
        return new ActionItem { Id = Guid.NewGuid(), PairId = pairId, SessionId = sessionId, OwnerId = ownerId, Text = text!.Trim(), DueDate = due, CreatedAt = now, CreatedById = createdBy };
    }

    public void Toggle(DateTimeOffset now) => DoneAt = DoneAt is null ? now : null;
}

/// <summary>A note only its author sees.</summary>
public sealed class PrivateNote
{
    private PrivateNote() { Body = ""; }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Body { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static PrivateNote Start(Guid sessionId, Guid authorId) => new() { Id = Guid.NewGuid(), SessionId = sessionId, AuthorId = authorId };

    public Result<Unit> Save(string? body, DateTimeOffset now)
    {
        var v = new Validate().MaxLength(nameof(Body), body, "Your private note", MentoringSession.TextMax);
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        Body = (body ?? "").Trim();
        UpdatedAt = now;
        return Result.Ok();
    }
}
