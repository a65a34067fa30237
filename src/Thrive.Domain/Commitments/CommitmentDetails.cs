namespace Thrive.Domain.Commitments;

/// <summary>What a person fills in for a commitment; validated with the names of its fields.</summary>
public sealed record CommitmentDetails(
    CommitmentForm Form,
    string Behaviour,
    string? Time,
    string? Location,
    string? CurrentHabit,
    int Times,
    HabitPeriod Period,
    CommitmentKind Kind,
    decimal Target = 1m,
    string? Unit = null,
    Guid? GoalId = null,
    HabitDirection Direction = HabitDirection.AtLeast,
    GoalFeed Feed = GoalFeed.None)
{
    public const int BehaviourMax = 200;
    public const int CurrentHabitMax = 200;
    public const int CueMax = 100;
    public const int UnitMax = 50;
    public const int TimesMin = 1;
    public const int TimesMax = 50;
    public const decimal TargetMax = 1_000_000m;

    /// <summary>One check-in a day, so a period cannot ask for more times than it has days (a month: the shortest).</summary>
    public static int MaxTimesIn(HabitPeriod period) => period switch
    {
        HabitPeriod.Day => 1,
        HabitPeriod.Week => 7,
        _ => 28,
    };

    public IReadOnlyList<Error> Validate()
    {
        var v = new Validate()
            .That(Enum.IsDefined(Form), nameof(Form), "Choose how the commitment is worded.")
            .That(Enum.IsDefined(Period), nameof(Period), "Choose a day, a week or a month.")
            .That(Enum.IsDefined(Kind), nameof(Kind), "Choose yes/no or a number.")
            .Required(nameof(Behaviour), Behaviour, "What you will do", BehaviourMax);
        if (Form == CommitmentForm.HabitStacking)
            v.Required(nameof(CurrentHabit), CurrentHabit, "The habit you already have", CurrentHabitMax);
        else
            v.Required(nameof(Time), Time, "The time", CueMax).Required(nameof(Location), Location, "The place", CueMax);
        v.Range(nameof(Times), Times, "Times", TimesMin, TimesMax);
        if (Times >= TimesMin && Times <= TimesMax && Enum.IsDefined(Period) && Times > MaxTimesIn(Period))
            v.That(false, nameof(Times), $"Check-ins are one a day, so a {Period.ToString().ToLowerInvariant()} allows at most {MaxTimesIn(Period)}; for more, use a number with a target.");
        if (Kind == CommitmentKind.Number)
        {
            v.That(Target > 0 && Target <= TargetMax, nameof(Target), $"The target per check-in must be more than 0 and at most {TargetMax.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}.");
            v.Required(nameof(Unit), Unit, "The unit", UnitMax);
            v.That(Enum.IsDefined(Direction), nameof(Direction), "Choose at least or at most.");
        }
        v.That(Enum.IsDefined(Feed), nameof(Feed), "Choose how the commitment feeds its goal.");
        v.That(Feed == GoalFeed.None || GoalId is not null, nameof(GoalId), "Choose the goal this commitment measures.");
        v.That(Feed != GoalFeed.CheckInValue || Kind == CommitmentKind.Number, nameof(Feed),
            "Only a number check-in can set the goal's value; for yes/no, let each check-in count one.");
        return v.Errors;
    }
}
