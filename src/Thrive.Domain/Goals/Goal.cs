namespace Thrive.Domain.Goals;

public enum GoalCategory { Technical, Career, Personal }

public enum GoalStatus { Draft, Active, Achieved, Dropped }

/// <summary>
/// A goal of a mentee (or a mentor: mentors set goals too) in one programme, with its SMART parts as fields,
/// what the GROW worksheet decided (first step, accountability, celebration), and its life cycle:
/// draft, active, achieved (claimed by the owner, confirmed by the partner) or dropped with a reason.
/// </summary>
public sealed class Goal
{
    public const int TitleMax = 200;
    public const int DescriptionMax = 10_000;
    public const int TextMax = 1000;
    public const int ShortMax = 100;
    public const decimal NumberLimit = 1_000_000_000m;
    public const decimal MaxHoursPerWeek = 80m;

    private Goal() { Title = ""; Description = ""; Smart = SmartFields.Empty; }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Title { get; private set; }
    public string Description { get; private set; }
    public GoalCategory Category { get; private set; }
    public SmartFields Smart { get; private set; }
    public string FirstStep { get; private set; } = "";
    public string AccountabilityMethod { get; private set; } = "";
    public string Celebration { get; private set; } = "";
    public GoalStatus Status { get; private set; }
    public string DropReason { get; private set; } = "";
    public DateTimeOffset? AchievedAt { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public Guid? ConfirmedById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid Version { get; private set; }

    public bool IsOpen => Status is GoalStatus.Draft or GoalStatus.Active;

    public static Result<Goal> Create(Guid programmeId, Guid ownerId, GoalDetails d, bool activate, DateOnly today, DateTimeOffset now)
    {
        var errors = d.Validate(today, previousTargetDate: null);
        if (errors.Count > 0) return Result<Goal>.Fail(errors);
        var goal = new Goal
        {
            Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, CreatedAt = now,
            Status = activate ? GoalStatus.Active : GoalStatus.Draft,
        };
        goal.Apply(d, now);
        return goal;
    }

    /// <summary>Edits the goal; returns the names of what changed, for the history.</summary>
    public Result<IReadOnlyList<string>> Edit(GoalDetails d, DateOnly today, DateTimeOffset now)
    {
        if (!IsOpen) return Error.Conflict("An achieved or dropped goal can no longer be edited; reopen it first.");
        var errors = d.Validate(today, Smart.TargetDate);
        if (errors.Count > 0) return Result<IReadOnlyList<string>>.Fail(errors);
        var changed = new List<string>();
        if (Title != d.Title.Trim()) changed.Add("title");
        if (Description != (d.Description ?? "").Trim()) changed.Add("description");
        if (Category != d.Category) changed.Add("category");
        var smart = d.Smart.Normalised();
        if (Smart != smart) changed.AddRange(Smart.Differences(smart));
        Apply(d, now);
        return changed;
    }

    public Result<Unit> Activate(DateTimeOffset now)
    {
        if (Status != GoalStatus.Draft) return Error.Conflict("Only a draft goal can be started.");
        Status = GoalStatus.Active;
        Touch(now);
        return Result.Ok();
    }

    /// <summary>The owner says it is done; the partner confirms it.</summary>
    public Result<Unit> MarkAchieved(DateTimeOffset now)
    {
        if (Status != GoalStatus.Active) return Error.Conflict("Only an active goal can be marked achieved.");
        Status = GoalStatus.Achieved;
        AchievedAt = now;
        Touch(now);
        return Result.Ok();
    }

    public Result<Unit> ConfirmAchieved(Guid partnerId, DateTimeOffset now)
    {
        if (Status != GoalStatus.Achieved) return Error.Conflict("The goal has not been marked achieved yet.");
        if (ConfirmedAt is not null) return Error.Conflict("The goal is already confirmed.");
        ConfirmedAt = now;
        ConfirmedById = partnerId;
        Touch(now);
        return Result.Ok();
    }

    public Result<Unit> Drop(string? reason, DateTimeOffset now)
    {
        var v = new Validate().Required(nameof(DropReason), reason, "A reason", TextMax);
        if (!v.Ok) return Result<Unit>.Fail(v.Errors);
        if (!IsOpen) return Error.Conflict("Only a draft or active goal can be dropped.");
        Status = GoalStatus.Dropped;
        DropReason = reason!.Trim();
        Touch(now);
        return Result.Ok();
    }

    public Result<Unit> Reopen(DateTimeOffset now)
    {
        if (IsOpen) return Error.Conflict("The goal is already open.");
        Status = GoalStatus.Active;
        AchievedAt = null;
        ConfirmedAt = null;
        ConfirmedById = null;
        DropReason = "";
        Touch(now);
        return Result.Ok();
    }

    /// <summary>The GROW worksheet's way-forward answers feed the goal.</summary>
    public void SetWayForward(string? firstStep, string? accountability, string? celebration, DateTimeOffset now)
    {
        FirstStep = Clip(firstStep);
        AccountabilityMethod = Clip(accountability);
        Celebration = Clip(celebration);
        Touch(now);
    }

    public SmartInput ToSmartInput(int linkedSwotItems) => new(
        $"{Title}. {Description}", Smart.SpecificOutcome, Smart.Metric, Smart.Baseline, Smart.Target, Smart.Unit,
        Smart.DoneCriterion, Smart.Resources, Smart.HoursPerWeek, Smart.RelevanceReason, linkedSwotItems, Smart.TargetDate);

    private void Apply(GoalDetails d, DateTimeOffset now)
    {
        Title = d.Title.Trim();
        Description = (d.Description ?? "").Trim();
        Category = d.Category;
        Smart = d.Smart.Normalised();
        Touch(now);
    }

    private void Touch(DateTimeOffset now) { UpdatedAt = now; Version = Guid.NewGuid(); }

    private static string Clip(string? s) { s = (s ?? "").Trim(); return s.Length > TextMax ? s[..TextMax] : s; }
}
