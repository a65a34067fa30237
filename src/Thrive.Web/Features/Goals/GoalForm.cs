namespace Thrive.Web.Features.Goals;

/// <summary>
/// A goal as its owner writes it: the fields <see cref="CreateGoal"/> and <see cref="EditGoal"/> share (each request
/// adds what only it needs). The SMART coach reads the same fields while the person types.
/// </summary>
public abstract record GoalForm
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public GoalCategory Category { get; init; } = GoalCategory.Technical;
    public SmartForm Smart { get; init; } = new();

    /// <summary>Items of the owner's own SWOT the goal comes from (any other id is ignored).</summary>
    public IReadOnlyList<Guid> SwotItemIds { get; init; } = new List<Guid>(); // a list, not [] (an array): form binding fills the instance it finds

    // A JSON body may send null for the nested parts; read that as "none".
    public GoalDetails ToDetails() => new(Title ?? "", Description, Category, Smart?.ToFields() ?? SmartFields.Empty);

    /// <summary>What the SMART coach reads of the form.</summary>
    public AssessSmart.Request ToAssessment()
    {
        var s = Smart ?? new SmartForm();
        return new()
        {
            Text = $"{Title}. {Description}", SpecificOutcome = s.SpecificOutcome, Metric = s.Metric, Baseline = s.Baseline, Target = s.Target,
            Unit = s.Unit, DoneCriterion = s.DoneCriterion, Resources = s.Resources, HoursPerWeek = s.HoursPerWeek, RelevanceReason = s.RelevanceReason,
            LinkedSwotItems = SwotItemIds?.Count ?? 0, TargetDate = s.TargetDate,
        };
    }

    /// <summary>The domain names a SMART part by its own name; the form holds it under Smart, so its error goes there.</summary>
    internal static IReadOnlyList<Error> Placed(IReadOnlyList<Error> errors) =>
        errors.Select(e => e.Field is { } f && SmartNames.Contains(f) ? e with { Field = $"{nameof(Smart)}.{f}" } : e).ToList();

    private static readonly HashSet<string> SmartNames = typeof(SmartFields).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
}

/// <summary>The SMART parts of the goal form, all optional: the coach says which are missing.</summary>
public record SmartForm
{
    public string? SpecificOutcome { get; init; }
    public string? Metric { get; init; }
    public decimal? Baseline { get; init; }
    public decimal? Target { get; init; }
    public string? Unit { get; init; }
    public string? DoneCriterion { get; init; }
    public string? Resources { get; init; }
    public decimal? HoursPerWeek { get; init; }
    public string? RelevanceReason { get; init; }
    public DateOnly? TargetDate { get; init; }

    public SmartFields ToFields() => new(SpecificOutcome ?? "", Metric ?? "", Baseline, Target, Unit ?? "", DoneCriterion ?? "", Resources ?? "",
        HoursPerWeek, RelevanceReason ?? "", TargetDate);

    public static SmartForm From(SmartFields s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new()
        {
            SpecificOutcome = s.SpecificOutcome, Metric = s.Metric, Baseline = s.Baseline, Target = s.Target, Unit = s.Unit, DoneCriterion = s.DoneCriterion,
            Resources = s.Resources, HoursPerWeek = s.HoursPerWeek, RelevanceReason = s.RelevanceReason, TargetDate = s.TargetDate,
        };
    }
}
