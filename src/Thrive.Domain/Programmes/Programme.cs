namespace Thrive.Domain.Programmes;

public enum ProgrammeStatus { Draft, IntakeOpen, Running, Finished }

/// <summary>How often a pair meets. Monthly means the same weekday in the same week of the month (e.g. first Tuesday).</summary>
public enum SessionCadence { Weekly, Fortnightly, Monthly }

public enum ProgrammePhase { NotStarted, GettingToKnowEachOther, WorkingOnGoals, ReflectingAndRevising, Finished }

/// <summary>A mentoring programme: a cohort with a start, a length in weeks and three phases.</summary>
public sealed class Programme
{
    public const int NameMax = 120;
    public const int DescriptionMax = 4000;
    public const int MaxWeeks = 104;

    private Programme() { Name = ""; Description = ""; }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public string Description { get; private set; }
    public DateOnly StartDate { get; private set; }
    public int LengthWeeks { get; private set; }
    public SessionCadence Cadence { get; private set; }
    public ProgrammeStatus Status { get; private set; }
    /// <summary>Last week (1-based, inclusive) of phase 1; phase 2 runs to <see cref="GoalsEndWeek"/>; phase 3 to the end.</summary>
    public int GettingToKnowEndWeek { get; private set; }
    public int GoalsEndWeek { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid Version { get; private set; }

    public DateOnly EndDate => EndOf(StartDate, LengthWeeks);

    /// <summary>The last day of a programme that starts on <paramref name="start"/> and runs <paramref name="lengthWeeks"/> weeks.</summary>
    public static DateOnly EndOf(DateOnly start, int lengthWeeks) => start.AddDays(lengthWeeks * 7 - 1);

    public static Result<Programme> Create(ProgrammeDetails d, DateTimeOffset now)
    {
        var errors = d.Validate();
        if (errors.Count > 0) return Result<Programme>.Fail(errors);
        var p = new Programme { Id = Guid.NewGuid(), CreatedAt = now, Status = ProgrammeStatus.Draft };
        p.Apply(d);
        return p;
    }

    public Result<Unit> Update(ProgrammeDetails d)
    {
        var errors = d.Validate();
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        Apply(d);
        return Result.Ok();
    }

    public void SetStatus(ProgrammeStatus status) { Status = status; Version = Guid.NewGuid(); }

    private void Apply(ProgrammeDetails d)
    {
        Name = d.Name.Trim();
        Description = d.Description?.Trim() ?? "";
        StartDate = d.StartDate;
        LengthWeeks = d.LengthWeeks;
        Cadence = d.Cadence;
        var (p1, p2) = d.PhaseEnds ?? PhasePlan.DefaultEnds(d.LengthWeeks);
        GettingToKnowEndWeek = p1;
        GoalsEndWeek = p2;
        Version = Guid.NewGuid();
    }

    /// <summary>1-based programme week for a day, or 0 before the start; past the end it stays at the last week.</summary>
    public int WeekOn(DateOnly today) => PhasePlan.WeekOn(StartDate, LengthWeeks, today);

    public ProgrammePhase PhaseOn(DateOnly today) =>
        PhasePlan.PhaseOn(StartDate, LengthWeeks, GettingToKnowEndWeek, GoalsEndWeek, today);

    public DateRange PhaseDates(ProgrammePhase phase) => phase switch
    {
        ProgrammePhase.GettingToKnowEachOther => new(StartDate, StartDate.AddDays(GettingToKnowEndWeek * 7 - 1)),
        ProgrammePhase.WorkingOnGoals => new(StartDate.AddDays(GettingToKnowEndWeek * 7), StartDate.AddDays(GoalsEndWeek * 7 - 1)),
        ProgrammePhase.ReflectingAndRevising => new(StartDate.AddDays(GoalsEndWeek * 7), EndDate),
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    /// <summary>"Week 3 of 12 · Working on goals", or a line for before the start and after the end.</summary>
    public string WeekLine(DateOnly today)
    {
        var phase = PhaseOn(today);
        return phase switch
        {
            ProgrammePhase.NotStarted => $"Starts {StartDate:d MMM yyyy} · {LengthWeeks} weeks",
            ProgrammePhase.Finished => $"Finished {EndDate:d MMM yyyy} · {LengthWeeks} weeks",
            _ => $"Week {WeekOn(today)} of {LengthWeeks} · {PhasePlan.Title(phase)}",
        };
    }
}

public readonly record struct DateRange(DateOnly From, DateOnly To);

public sealed record ProgrammeDetails(
    string Name, string? Description, DateOnly StartDate, int LengthWeeks, SessionCadence Cadence,
    (int GettingToKnowEndWeek, int GoalsEndWeek)? PhaseEnds = null)
{
    public IReadOnlyList<Error> Validate()
    {
        var v = new Validate()
            .Required(nameof(Name), Name, "Name", Programme.NameMax)
            .MaxLength(nameof(Description), Description, "Description", Programme.DescriptionMax)
            .Range(nameof(LengthWeeks), LengthWeeks, "Length in weeks", 1, Programme.MaxWeeks)
            .That(StartDate.Year is >= 2000 and <= 2100, nameof(StartDate), "Start date must be between the years 2000 and 2100.")
            .That(Enum.IsDefined(Cadence), nameof(Cadence), "Choose a session cadence.");
        if (PhaseEnds is var (p1, p2) && LengthWeeks is >= 1 and <= Programme.MaxWeeks)
        {
            v.That(p1 >= 1 && p1 < p2, "GettingToKnowEndWeek", "Phase 1 must end in week 1 or later, before phase 2 ends.")
             .That(p2 < LengthWeeks, "GoalsEndWeek", $"Phase 2 must end before the last week ({LengthWeeks}), so that there is time to reflect.");
        }
        return v.Errors;
    }
}
