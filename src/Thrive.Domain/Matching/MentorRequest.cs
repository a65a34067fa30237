namespace Thrive.Domain.Matching;

/// <summary>
/// Where a mentee's request to one mentor stands. Queued: waits behind a higher-ranked one; Pending: with the mentor
/// now; then answered (accepted, declined), withdrawn by the mentee, or closed (by a coordinator, or because another
/// request was accepted), or passed on unanswered (it waited the programme's days at its mentor without an answer).
/// </summary>
public enum MentorRequestState { Queued, Pending, Accepted, Declined, Withdrawn, Closed, Unanswered }

/// <summary>A mentee's request to one mentor of a programme, one of up to three ranked ones (mentee-choice mode).</summary>
public sealed class MentorRequest
{
    public const int NoteMax = 500;
    public const int AnswerMax = 500;

    private MentorRequest() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid MenteeId { get; private set; }
    public Guid MentorId { get; private set; }

    /// <summary>1 to 3 while open; kept as it was when the request closed.</summary>
    public int Rank { get; private set; }
    public MentorRequestState State { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The mentor's reason for a decline, or the coordinator's note on a request she closed.</summary>
    public string? Answer { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>When the request reached the mentor (it became pending); null while queued.</summary>
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public Guid Version { get; private set; }

    public bool IsOpen => State is MentorRequestState.Queued or MentorRequestState.Pending;

    internal static MentorRequest New(Guid programmeId, Guid menteeId, Guid mentorId, int rank, string? note, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), ProgrammeId = programmeId, MenteeId = menteeId, MentorId = mentorId, Rank = rank, State = MentorRequestState.Queued,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), RequestedAt = now, Version = Guid.NewGuid(),
    };

    internal void MoveTo(int rank, bool pending, DateTimeOffset now)
    {
        var state = pending ? MentorRequestState.Pending : MentorRequestState.Queued;
        if (rank == Rank && state == State) return;
        Rank = rank;
        if (pending && State != MentorRequestState.Pending) SentAt = now;
        if (!pending) SentAt = null;
        State = state;
        Version = Guid.NewGuid();
    }

    internal void End(MentorRequestState state, string? answer, DateTimeOffset now)
    {
        State = state;
        Answer = string.IsNullOrWhiteSpace(answer) ? null : answer.Trim();
        ClosedAt = now;
        Version = Guid.NewGuid();
    }
}
