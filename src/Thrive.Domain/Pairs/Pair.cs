namespace Thrive.Domain.Pairs;

public enum PairState { Proposed, Active, Completed, Dissolved }

/// <summary>A mentor and a mentee in one programme.</summary>
public sealed class Pair
{
    public const int ReasonMax = 1000;

    private Pair() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid MentorId { get; private set; }
    public Guid MenteeId { get; private set; }
    public PairState State { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public DateTimeOffset? ActivatedAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public string? DissolveReason { get; private set; }
    public Guid Version { get; private set; }

    /// <summary>Counts against the mentor's capacity and keeps the mentee from a second pair.</summary>
    public bool IsOpen => State is PairState.Proposed or PairState.Active;

    public static Result<Pair> Propose(Guid programmeId, PairCandidate mentor, PairCandidate mentee, PairingLoad load, DateTimeOffset now)
    {
        var errors = PairingRules.Check(mentor, mentee, load);
        if (errors.Count > 0) return Result<Pair>.Fail(errors);
        return new Pair
        {
            Id = Guid.NewGuid(), ProgrammeId = programmeId, MentorId = mentor.UserId, MenteeId = mentee.UserId,
            State = PairState.Proposed, ProposedAt = now, Version = Guid.NewGuid(),
        };
    }

    public Result<Unit> Activate(DateTimeOffset now)
    {
        if (State != PairState.Proposed) return Error.Conflict($"Only a proposed pair can be activated; this one is {State.ToString().ToLowerInvariant()}.");
        State = PairState.Active;
        ActivatedAt = now;
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    public Result<Unit> Complete(DateTimeOffset now)
    {
        if (State != PairState.Active) return Error.Conflict("Only an active pair can be completed.");
        State = PairState.Completed;
        EndedAt = now;
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    /// <summary>Ends the pair, no fault; the reason is for the coordinator's records.</summary>
    public Result<Unit> Dissolve(string? reason, DateTimeOffset now)
    {
        var v = new Validate().Required(nameof(DissolveReason), reason, "A reason", ReasonMax);
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        if (!IsOpen) return Error.Conflict("This pair has already ended.");
        State = PairState.Dissolved;
        DissolveReason = reason!.Trim();
        EndedAt = now;
        Version = Guid.NewGuid();
        return Result.Ok();
    }
}

/// <summary>What pairing needs to know of one side.</summary>
public sealed record PairCandidate(Guid UserId, string Email, Intake.ParticipantRole Role, Intake.ApplicationStatus Status, Intake.ApplicationAnswers Answers);

/// <summary>The mentor's open pairs and whether the mentee already has one.</summary>
public sealed record PairingLoad(int MentorOpenPairs, bool MenteeHasOpenPair);
