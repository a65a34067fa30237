namespace Thrive.Domain.Programmes;

/// <summary>The guide's three phases laid over a programme's weeks.</summary>
public static class PhasePlan
{
    /// <summary>
    /// Defaults: about a sixth of the programme to get to know each other (2 of 12 weeks),
    /// the last sixth to reflect (weeks 11-12 of 12), the rest working on goals.
    /// </summary>
    public static (int GettingToKnowEndWeek, int GoalsEndWeek) DefaultEnds(int lengthWeeks)
    {
        if (lengthWeeks < 3) return (Math.Max(1, lengthWeeks - 2), Math.Max(1, lengthWeeks - 1));
        var p1 = Math.Max(1, (int)Math.Round(lengthWeeks / 6.0, MidpointRounding.AwayFromZero));
        var p3 = Math.Max(1, (int)Math.Round(lengthWeeks / 6.0, MidpointRounding.AwayFromZero));
        return (p1, lengthWeeks - p3);
    }

    public static int WeekOn(DateOnly start, int lengthWeeks, DateOnly today)
    {
        if (today < start) return 0;
        var week = (today.DayNumber - start.DayNumber) / 7 + 1;
        return Math.Min(week, lengthWeeks);
    }

    public static ProgrammePhase PhaseOn(DateOnly start, int lengthWeeks, int p1End, int p2End, DateOnly today)
    {
        if (today < start) return ProgrammePhase.NotStarted;
        if (today > start.AddDays(lengthWeeks * 7 - 1)) return ProgrammePhase.Finished;
        var week = WeekOn(start, lengthWeeks, today);
        return week <= p1End ? ProgrammePhase.GettingToKnowEachOther
            : week <= p2End ? ProgrammePhase.WorkingOnGoals
            : ProgrammePhase.ReflectingAndRevising;
    }

    public static string Title(ProgrammePhase phase) => phase switch
    {
        ProgrammePhase.NotStarted => "Not started",
        ProgrammePhase.GettingToKnowEachOther => "Getting to know each other",
        ProgrammePhase.WorkingOnGoals => "Working on goals",
        ProgrammePhase.ReflectingAndRevising => "Reflecting and revising",
        ProgrammePhase.Finished => "Finished",
        _ => phase.ToString(),
    };

    public static string Title(ProgrammeStatus status) => status switch
    {
        ProgrammeStatus.Draft => "Draft",
        ProgrammeStatus.IntakeOpen => "Intake open",
        ProgrammeStatus.Running => "Running",
        ProgrammeStatus.Finished => "Finished",
        _ => status.ToString(),
    };
}
