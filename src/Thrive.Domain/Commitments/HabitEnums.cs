namespace Thrive.Domain.Commitments;

/// <summary>The two wordings from the habit guide.</summary>
public enum CommitmentForm
{
    /// <summary>"I will [behaviour] at [time] in [location]."</summary>
    ImplementationIntention,
    /// <summary>"After [current habit], I will [new habit]."</summary>
    HabitStacking,
}

/// <summary>The period a commitment's frequency is counted in. Weeks start on Monday.</summary>
public enum HabitPeriod { Day, Week, Month }

/// <summary>YesNo: a check-in means "done". Number: a check-in records an amount against a target.</summary>
public enum CommitmentKind { YesNo, Number }
