namespace Thrive.Domain.Health;

/// <summary>The coordinator's steps with a pair that needs attention: a nudge by mail, then a check-in in person.</summary>
public enum EscalationStep { Nudge, CheckIn }

/// <summary>
/// What a coordinator did about a pair's health, kept on the pair: who, when, which step, and an optional short note
/// that only the programme's coordinators read. Reassigning or closing the pair is the pair's own life cycle.
/// </summary>
public sealed class PairEscalation
{
    public const int NoteMax = 500;

    private PairEscalation() { }

    public Guid Id { get; private set; }
    public Guid PairId { get; private set; }
    public Guid CoordinatorId { get; private set; }
    public EscalationStep Step { get; private set; }
    public string Note { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    public static Result<PairEscalation> Record(Guid pairId, Guid coordinatorId, EscalationStep step, string? note, DateTimeOffset now)
    {
        var v = new Validate().MaxLength(nameof(Note), note, "The note", NoteMax)
            .That(Enum.IsDefined(step), nameof(Step), "Choose a nudge or a check-in.");
        if (!v.Ok) return Result<PairEscalation>.Fail(v.Errors);
        return new PairEscalation { Id = Guid.NewGuid(), PairId = pairId, CoordinatorId = coordinatorId, Step = step, Note = (note ?? "").Trim(), At = now };
    }
}
