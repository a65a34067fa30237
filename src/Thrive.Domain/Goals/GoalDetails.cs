namespace Thrive.Domain.Goals;

/// <summary>The SMART parts of a goal as fields. All optional: the SMART coach says which are missing.</summary>
public sealed record SmartFields(
    string SpecificOutcome,
    string Metric,
    decimal? Baseline,
    decimal? Target,
    string Unit,
    string DoneCriterion,
    string Resources,
    decimal? HoursPerWeek,
    string RelevanceReason,
    DateOnly? TargetDate)
{
    public static readonly SmartFields Empty = new("", "", null, null, "", "", "", null, "", null);

    public bool HasMeasure => Metric.Length > 0 && Target is not null;

    public SmartFields Normalised() => this with
    {
        SpecificOutcome = (SpecificOutcome ?? "").Trim(), Metric = (Metric ?? "").Trim(), Unit = (Unit ?? "").Trim(),
        DoneCriterion = (DoneCriterion ?? "").Trim(), Resources = (Resources ?? "").Trim(), RelevanceReason = (RelevanceReason ?? "").Trim(),
    };

    public IEnumerable<string> Differences(SmartFields other)
    {
        if (SpecificOutcome != other.SpecificOutcome) yield return "specific outcome";
        if (Metric != other.Metric || Baseline != other.Baseline || Target != other.Target || Unit != other.Unit) yield return "measure";
        if (DoneCriterion != other.DoneCriterion) yield return "done-criterion";
        if (Resources != other.Resources || HoursPerWeek != other.HoursPerWeek) yield return "what makes it achievable";
        if (RelevanceReason != other.RelevanceReason) yield return "why it matters";
        if (TargetDate != other.TargetDate) yield return $"target date ({TargetDate?.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "none"} → {other.TargetDate?.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "none"})";
    }
}

public sealed record GoalDetails(string Title, string? Description, GoalCategory Category, SmartFields Smart)
{
    public IReadOnlyList<Error> Validate(DateOnly today, DateOnly? previousTargetDate)
    {
        var s = Smart;
        var v = new Validate()
            .Required(nameof(Title), Title, "Title", Goal.TitleMax)
            .MaxLength(nameof(Description), Description, "Description", Goal.DescriptionMax)
            .That(Enum.IsDefined(Category), nameof(Category), "Choose a category: technical, career or personal.")
            .MaxLength(nameof(s.SpecificOutcome), s.SpecificOutcome, "Specific outcome", Goal.TextMax)
            .MaxLength(nameof(s.Metric), s.Metric, "Metric", Goal.ShortMax)
            .MaxLength(nameof(s.Unit), s.Unit, "Unit", Goal.ShortMax)
            .MaxLength(nameof(s.DoneCriterion), s.DoneCriterion, "Done when", Goal.TextMax)
            .MaxLength(nameof(s.Resources), s.Resources, "Resources", Goal.TextMax)
            .MaxLength(nameof(s.RelevanceReason), s.RelevanceReason, "Why it matters", Goal.TextMax);
        foreach (var (name, value, label) in new[] { (nameof(s.Baseline), s.Baseline, "Baseline"), (nameof(s.Target), s.Target, "Target") })
            v.That(value is null || Math.Abs(value.Value) < Goal.NumberLimit, name, $"{label} must be between -1,000,000,000 and 1,000,000,000.");
        v.That(s.HoursPerWeek is null || (s.HoursPerWeek >= 0 && s.HoursPerWeek <= Goal.MaxHoursPerWeek), nameof(s.HoursPerWeek),
            $"Hours per week must be between 0 and {Goal.MaxHoursPerWeek}.");
        v.That(s.Target is null || !string.IsNullOrWhiteSpace(s.Metric), nameof(s.Metric), "Name what you measure (for example: problem sets solved).");
        v.That(s.Target is null || s.Baseline is null || s.Target != s.Baseline, nameof(s.Target), "The target equals the baseline: set a target beyond where you are now.");
        if (s.TargetDate is { } date)
        {
            v.That(date.Year is >= 2000 and <= 2100, nameof(s.TargetDate), "Target date must be between the years 2000 and 2100.");
            // An unchanged date may have passed since; a new one may not lie in the past.
            v.That(date >= today || date == previousTargetDate, nameof(s.TargetDate), "The target date is in the past: choose today or a later day.");
        }
        return v.Errors;
    }
}

/// <summary>One dated value of a goal's measure ("problem sets solved: 7 on 12 March").</summary>
public sealed class MeasureEntry
{
    private MeasureEntry() { Note = ""; }

    public Guid Id { get; private set; }
    public Guid GoalId { get; private set; }
    public DateOnly Date { get; private set; }
    public decimal Value { get; private set; }
    public string Note { get; private set; }
    public Guid RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>The commitment whose check-ins set this value; null for a value typed on the goal page.</summary>
    public Guid? CommitmentId { get; private set; }
    /// <summary>The value follows the number of role conversations logged (role exploration), not a typed value.</summary>
    public bool FromConversations { get; private set; }
    /// <summary>The group whose reading or meetings set this value (the group backs the goal); null otherwise.</summary>
    public Guid? GroupId { get; private set; }

    /// <summary>A value that follows a commitment's check-ins (their dates were checked when they were recorded).</summary>
    public static MeasureEntry FromCommitment(Guid goalId, Guid commitmentId, DateOnly date, decimal value, string note, Guid by, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), GoalId = goalId, CommitmentId = commitmentId, Date = date, Value = value, Note = note, RecordedById = by, RecordedAt = now };

    /// <summary>A value that follows the number of role conversations logged up to its day.</summary>
    public static MeasureEntry FromRoleConversations(Guid goalId, DateOnly date, decimal value, string note, Guid by, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), GoalId = goalId, FromConversations = true, Date = date, Value = value, Note = note, RecordedById = by, RecordedAt = now };

    /// <summary>A value that follows the member's progress in a group up to its day.</summary>
    public static MeasureEntry FromGroup(Guid goalId, Guid groupId, DateOnly date, decimal value, string note, Guid by, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), GoalId = goalId, GroupId = groupId, Date = date, Value = value, Note = note, RecordedById = by, RecordedAt = now };

    /// <summary>Follows a changed check-in; false when nothing changed.</summary>
    public bool Follow(decimal value, string note, DateTimeOffset now)
    {
        if (Value == value && Note == note) return false;
        (Value, Note, RecordedAt) = (value, note, now);
        return true;
    }

    public static Result<MeasureEntry> Record(Guid goalId, DateOnly date, decimal value, string? note, Guid by, DateOnly today, DateTimeOffset now)
    {
        var v = new Validate()
            .That(date <= today, nameof(Date), "The date is in the future: record values for today or earlier.")
            .That(date >= today.AddYears(-2), nameof(Date), "The date is more than two years ago.")
            .That(Math.Abs(value) < Goal.NumberLimit, nameof(Value), "The value must be between -1,000,000,000 and 1,000,000,000.")
            .MaxLength(nameof(Note), note, "Note", 500);
        if (!v.Ok) return Result<MeasureEntry>.Fail(v.Errors);
        return new MeasureEntry { Id = Guid.NewGuid(), GoalId = goalId, Date = date, Value = value, Note = (note ?? "").Trim(), RecordedById = by, RecordedAt = now };
    }
}

public static class GoalProgress
{
    /// <summary>
    /// Share done, 0 to 1: achieved goals are done; a measured goal moves from its baseline towards its target with
    /// its latest value; otherwise the goal follows its tasks (finished of all).
    /// </summary>
    public static decimal Of(GoalStatus status, SmartFields smart, decimal? latestValue, int tasksDone = 0, int tasksTotal = 0)
    {
        if (status == GoalStatus.Achieved) return 1m;
        if (smart.Target is not { } target || smart.Metric.Length == 0)
            return tasksTotal > 0 ? Math.Clamp((decimal)tasksDone / tasksTotal, 0m, 1m) : 0m;
        if (latestValue is not { } value) return 0m;
        var baseline = smart.Baseline ?? 0m;
        if (target == baseline) return value == target ? 1m : 0m;
        return Math.Clamp((value - baseline) / (target - baseline), 0m, 1m);
    }
}
