namespace Thrive.Domain.Practice;

/// <summary>
/// A person's practice log settings in one programme: the weekly target, either their own number or the weekly
/// target of one of their commitments (which then stays the one place the number is kept).
/// </summary>
public sealed class PracticeLog
{
    public const int TargetMax = 50;
    public const int DefaultTarget = 3;

    private PracticeLog() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public int WeeklyTarget { get; private set; }
    public Guid? CommitmentId { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static PracticeLog Start(Guid programmeId, Guid ownerId, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, WeeklyTarget = DefaultTarget, UpdatedAt = now };

    /// <summary>Sets the target: a commitment's (the number is then read from it) or a number of problems a week.</summary>
    public Result<Unit> SetTarget(int? weeklyTarget, Guid? commitmentId, DateTimeOffset now)
    {
        if (commitmentId is null && (weeklyTarget is not { } n || n < 1 || n > TargetMax))
            return Error.Validation(nameof(WeeklyTarget), $"The weekly target must be between 1 and {TargetMax} problems, or follow one of your commitments.");
        CommitmentId = commitmentId;
        if (commitmentId is null) WeeklyTarget = weeklyTarget!.Value;
        UpdatedAt = now;
        return Result.Ok();
    }
}
