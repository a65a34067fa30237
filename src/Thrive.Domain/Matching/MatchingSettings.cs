namespace Thrive.Domain.Matching;

/// <summary>A programme's matching weights and objective, as its coordinators last saved them.</summary>
public sealed class MatchingSettings
{
    private MatchingSettings() { }

    public Guid ProgrammeId { get; private set; }
    public Importance Stack { get; private set; }
    public Importance Focus { get; private set; }
    public Importance Experience { get; private set; }
    public Importance TimeZone { get; private set; }
    public Importance Interests { get; private set; }
    public Importance MentorType { get; private set; }
    public MatchObjective Objective { get; private set; }

    /// <summary>Mentee-choice mode: mentees request mentors from the directory (the coordinator's matching still works).</summary>
    public bool MenteesChoose { get; private set; }

    /// <summary>Days a request waits at a mentor without an answer before it passes to the mentee's next choice.</summary>
    public int PassOnDays { get; private set; }
    public Guid Version { get; private set; }

    public const int PassOnDaysDefault = 5;
    public const int PassOnDaysMin = 1;
    public const int PassOnDaysMax = 30;

    public MatchingWeights Weights => new(Stack, Focus, Experience, TimeZone, Interests, MentorType);

    public static MatchingSettings For(Guid programmeId) => new MatchingSettings { ProgrammeId = programmeId, PassOnDays = PassOnDaysDefault, Version = Guid.NewGuid() }.With(MatchingWeights.Default, MatchObjective.MostPeople);

    public Result<Unit> Change(MatchingWeights weights, MatchObjective objective)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var errors = weights.Validate().ToList();
        if (!Enum.IsDefined(objective)) errors.Add(Error.Validation(nameof(Objective), "Choose \"match the most people\" or \"best average score\"."));
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        With(weights, objective);
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    public void LetMenteesChoose(bool on)
    {
        if (MenteesChoose == on) return;
        MenteesChoose = on;
        Version = Guid.NewGuid();
    }

    /// <summary>Sets how many days a request waits at a mentor before it passes on (1 to 30).</summary>
    public Result<Unit> PassOnAfter(int days)
    {
        if (days is < PassOnDaysMin or > PassOnDaysMax)
            return Error.Validation(nameof(PassOnDays), $"Enter a number of days from {PassOnDaysMin} to {PassOnDaysMax}.");
        if (PassOnDays == days) return Result.Ok();
        PassOnDays = days;
        Version = Guid.NewGuid();
        return Result.Ok();
    }

    private MatchingSettings With(MatchingWeights w, MatchObjective objective)
    {
        (Stack, Focus, Experience, TimeZone, Interests, MentorType, Objective) = (w.Stack, w.Focus, w.Experience, w.TimeZone, w.Interests, w.MentorType, objective);
        return this;
    }
}

/// <summary>A proposed pair the coordinator locked: every re-solve keeps it.</summary>
public sealed class LockedMatch
{
    private LockedMatch() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid MenteeId { get; private set; }
    public Guid MentorId { get; private set; }
    public DateTimeOffset LockedAt { get; private set; }

    public static LockedMatch Lock(Guid programmeId, Guid menteeId, Guid mentorId, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), ProgrammeId = programmeId, MenteeId = menteeId, MentorId = mentorId, LockedAt = now };
}
