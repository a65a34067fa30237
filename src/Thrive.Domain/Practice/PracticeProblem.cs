using System.Globalization;

namespace Thrive.Domain.Practice;

/// <summary>
/// A problem a person solved for practice, with its second attempts: a problem solved with a hint or after looking
/// at the solution (or any problem the person asks to revisit) comes back 1, 7 and 30 days later, so that it sticks.
/// </summary>
public sealed class PracticeProblem
{
    /// <summary>Days from one attempt to the next: after the first solve, after the first second attempt, after the second.</summary>
    public static readonly IReadOnlyList<int> Intervals = [1, 7, 30];

    private PracticeProblem() { Title = ""; Link = ""; Notes = ""; }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Title { get; private set; }
    public PracticeSource Source { get; private set; }
    public string Link { get; private set; }
    public Difficulty Difficulty { get; private set; }
    public PracticeTopic Topics { get; private set; }
    public int Minutes { get; private set; }
    public SolvedHow How { get; private set; }
    public string Notes { get; private set; }
    public DateOnly SolvedOn { get; private set; }
    public bool Revisit { get; private set; }
    /// <summary>How many intervals of <see cref="Intervals"/> were passed alone in a row (3: it sticks).</summary>
    public int Step { get; private set; }
    /// <summary>The day the next second attempt is due; null when none is planned or all three were passed.</summary>
    public DateOnly? DueOn { get; private set; }
    public int Attempts { get; private set; }
    public DateOnly? LastAttemptOn { get; private set; }
    public SolvedHow? LastAttemptHow { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid Version { get; private set; }

    /// <summary>Whether the problem goes into the second-attempt schedule.</summary>
    public bool NeedsSecondAttempts => How != SolvedHow.Alone || Revisit;

    /// <summary>All three second attempts were passed alone.</summary>
    public bool Sticks => Step >= Intervals.Count;

    public bool IsDue(DateOnly today) => DueOn is { } d && d <= today;

    public static Result<PracticeProblem> Log(Guid programmeId, Guid ownerId, PracticeDetails d, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(d);
        var errors = d.Validate(today);
        if (errors.Count > 0) return Result<PracticeProblem>.Fail(errors);
        var p = new PracticeProblem { Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, CreatedAt = now };
        p.Apply(d, now);
        return p;
    }

    /// <summary>Changes what was logged; until a second attempt is made the schedule follows the (new) day and how it was solved.</summary>
    public Result<Unit> Edit(PracticeDetails d, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(d);
        var errors = d.Validate(today);
        if (errors.Count > 0) return Result<Unit>.Fail(errors);
        Apply(d, now);
        return Result.Ok();
    }

    /// <summary>
    /// A second attempt on a due problem: solved alone, it moves to the next interval (after the third it sticks);
    /// with a hint or the solution, the schedule starts again from one day.
    /// </summary>
    public Result<Unit> RecordSecondAttempt(SolvedHow how, DateOnly today, DateTimeOffset now)
    {
        if (!Enum.IsDefined(how)) return Error.Validation(nameof(How), "Choose how you solved it this time.");
        if (!IsDue(today))
            return Error.Conflict(DueOn is { } d ? $"This problem is not due for a second attempt until {d.ToString("d MMM", CultureInfo.InvariantCulture)}." : "This problem has no second attempt planned.",
                nameof(DueOn), "not_due");
        Attempts++;
        LastAttemptOn = today;
        LastAttemptHow = how;
        Step = how == SolvedHow.Alone ? Step + 1 : 0;
        DueOn = Step < Intervals.Count ? today.AddDays(Intervals[Step]) : null;
        Touch(now);
        return Result.Ok();
    }

    private void Apply(PracticeDetails d, DateTimeOffset now)
    {
        Title = d.Title.Trim();
        Source = d.Source;
        Link = (d.Link ?? "").Trim();
        Difficulty = d.Difficulty;
        Topics = d.Topics;
        Minutes = d.Minutes;
        How = d.How;
        Notes = (d.Notes ?? "").Trim();
        SolvedOn = d.SolvedOn;
        Revisit = d.Revisit;
        if (Attempts == 0) { Step = 0; DueOn = NeedsSecondAttempts ? SolvedOn.AddDays(Intervals[0]) : null; }
        Touch(now);
    }

    private void Touch(DateTimeOffset now) { UpdatedAt = now; Version = Guid.NewGuid(); }
}
