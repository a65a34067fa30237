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

/// <summary>Which way a number aims: at least the target (minutes practised) or at most it, a limit (stress out of 10).</summary>
public enum HabitDirection { AtLeast, AtMost }

/// <summary>How a commitment feeds its goal's measure, if it does.</summary>
public enum GoalFeed
{
    /// <summary>The goal is only named; its measure is typed on the goal page.</summary>
    None,
    /// <summary>Each check-in that meets the commitment counts one towards the goal's target, from its baseline.</summary>
    CountCheckIns,
    /// <summary>A numeric check-in sets the goal's current value (a stress level, a weight, a score).</summary>
    CheckInValue,
}
