namespace Thrive.Domain.Reminders;

/// <summary>The kinds of reminder mail; each person can turn each kind off.</summary>
public enum ReminderKind
{
    /// <summary>To the mentee, the day before the agenda should be shared, while it is not shared yet.</summary>
    AgendaDue,
    /// <summary>To both members, the day before a session, in each reader's own time zone.</summary>
    SessionTomorrow,
    /// <summary>To the owner of an action item whose due date has passed, once per item.</summary>
    ActionOverdue,
    /// <summary>To the owner of a commitment missed twice in a row, once per break of the golden rule.</summary>
    CommitmentMissed,
    /// <summary>To the receiver of new Situation-Impact-Action feedback from their partner, once per feedback, while unread.</summary>
    FeedbackReceived,
    /// <summary>To both members of an active pair that has held no session for 14 days.</summary>
    PairQuiet,
    /// <summary>To a programme's coordinators when a pair has held no session for 21 days.</summary>
    PairStalled,
    /// <summary>Each Monday: the week ahead.</summary>
    WeeklyDigest,
    /// <summary>To the owner of a practice log, on a day problems become due for a second attempt, once that day.</summary>
    PracticeDue,
    /// <summary>To the owner of an exam, a week and a day before it (each once), until its result is in.</summary>
    ExamSoon,
    /// <summary>To the owner of an exam not booked yet, once, two weeks before its voucher expires.</summary>
    VoucherExpiring,
    /// <summary>To each member of a book club who has not marked a reading part read, the day before it is due.</summary>
    ReadingDue,
    /// <summary>To each member of a group who has not answered "not going", the day before a group meeting, in their own time zone.</summary>
    GroupMeetingTomorrow,
}

/// <summary>Who has turned a kind of reminder off. No row means the kind is on (the default).</summary>
public sealed class ReminderOptOut
{
    private ReminderOptOut() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public ReminderKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }

    public static ReminderOptOut For(Guid userId, ReminderKind kind, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), UserId = userId, Kind = kind, At = now };
}
