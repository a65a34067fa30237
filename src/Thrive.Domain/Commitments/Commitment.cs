namespace Thrive.Domain.Commitments;

/// <summary>
/// A habit someone commits to in a programme, worded as the guide suggests (implementation intention or
/// habit stacking), with how often it should happen and, for a number, how much counts as one time.
/// </summary>
public sealed class Commitment
{
    private Commitment() { Behaviour = ""; }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? GoalId { get; private set; }
    public CommitmentForm Form { get; private set; }
    public string Behaviour { get; private set; }
    public string Time { get; private set; } = "";
    public string Location { get; private set; } = "";
    public string CurrentHabit { get; private set; } = "";
    public int Times { get; private set; }
    public HabitPeriod Period { get; private set; }
    public CommitmentKind Kind { get; private set; }
    /// <summary>The amount that makes one check-in count fully; 1 for yes/no.</summary>
    public decimal Target { get; private set; }
    public string Unit { get; private set; } = "";
    /// <summary>For a number: whether the target is a floor (at least) or a limit (at most). Yes/no aims up.</summary>
    public HabitDirection Direction { get; private set; }
    /// <summary>How the check-ins feed <see cref="GoalId"/>'s measure; <see cref="GoalFeed.None"/> without a goal.</summary>
    public GoalFeed Feed { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public bool Archived { get; private set; }
    public Guid Version { get; private set; }

    public HabitSchedule Schedule => new(Times, Period, Kind, Target, StartDate, Direction);

    /// <summary>A commitment may start up to a week back (to match how far back check-ins go) or up to a year ahead.</summary>
    public static Result<Commitment> Create(Guid programmeId, Guid ownerId, CommitmentDetails d, DateOnly startDate, DateOnly today, DateTimeOffset now)
    {
        var errors = d.Validate().ToList();
        if (startDate < today.AddDays(-CheckIn.MaxDaysBack) || startDate > today.AddYears(1))
            errors.Add(Error.Validation(nameof(StartDate), $"The start date must be between {CheckIn.MaxDaysBack} days ago and a year from today."));
        if (errors.Count > 0) return Result<Commitment>.Fail(errors);
        var c = new Commitment { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, StartDate = startDate, CreatedAt = now };
        c.Apply(d, now);
        return c;
    }

    /// <summary>Changes the wording and frequency; the start date stays, so the history keeps its meaning.</summary>
    public Result<Unit> Edit(CommitmentDetails d, DateTimeOffset now)
    {
        if (Archived) return Error.Conflict("An archived commitment can no longer be edited; restore it first.");
        var errors = d.Validate();
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        Apply(d, now);
        return Result.Ok();
    }

    public Result<Unit> Archive(DateTimeOffset now)
    {
        if (Archived) return Error.Conflict("The commitment is already archived.");
        Archived = true;
        Touch(now);
        return Result.Ok();
    }

    public Result<Unit> Restore(DateTimeOffset now)
    {
        if (!Archived) return Error.Conflict("The commitment is not archived.");
        Archived = false;
        Touch(now);
        return Result.Ok();
    }

    /// <summary>The commitment as one sentence, in the wording the guide gives.</summary>
    public string Sentence()
    {
        var body = Form == CommitmentForm.HabitStacking
            ? $"After {Part(CurrentHabit)}, I will {Part(Behaviour)}"
            : $"I will {Part(Behaviour)} at {Part(Time)} in {Part(Location)}";
        return body.EndsWith('.') ? body : body + ".";
    }

    /// <summary>How often and how much, in words: "once a week", "twice a week, at most 4 (stress) each".</summary>
    public string Rhythm()
    {
        var times = Times switch { 1 => "once", 2 => "twice", _ => $"{Times} times" };
        var body = $"{times} a {Period.ToString().ToLowerInvariant()}";
        if (Kind == CommitmentKind.YesNo) return body;
        var amount = $"{HabitWords.Number(Target)} {Unit}".Trim();
        return Direction == HabitDirection.AtMost ? $"{body}, at most {amount} each time" : $"{body}, at least {amount} each time";
    }

    /// <summary>The details as they stand, for an edit form.</summary>
    public CommitmentDetails Details() =>
        new(Form, Behaviour, Time, Location, CurrentHabit, Times, Period, Kind, Target, Unit, GoalId, Direction, Feed);

    private void Apply(CommitmentDetails d, DateTimeOffset now)
    {
        Form = d.Form;
        Behaviour = d.Behaviour.Trim();
        var stacking = d.Form == CommitmentForm.HabitStacking;
        CurrentHabit = stacking ? (d.CurrentHabit ?? "").Trim() : "";
        Time = stacking ? "" : (d.Time ?? "").Trim();
        Location = stacking ? "" : (d.Location ?? "").Trim();
        Times = d.Times;
        Period = d.Period;
        Kind = d.Kind;
        Target = d.Kind == CommitmentKind.Number ? d.Target : 1m;
        Unit = d.Kind == CommitmentKind.Number ? (d.Unit ?? "").Trim() : "";
        Direction = d.Kind == CommitmentKind.Number ? d.Direction : HabitDirection.AtLeast;
        GoalId = d.GoalId;
        Feed = d.GoalId is null ? GoalFeed.None : d.Feed;
        Touch(now);
    }

    private void Touch(DateTimeOffset now) { UpdatedAt = now; Version = Guid.NewGuid(); }

    // People often type a leading "I will" or a final full stop; the sentence supplies both (but keeps "a.m.").
    private static string Part(string s)
    {
        s = s.Trim();
        if (s.StartsWith("I will ", StringComparison.OrdinalIgnoreCase)) s = s[7..].TrimStart();
        return s;
    }
}
