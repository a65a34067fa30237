namespace Thrive.Domain.Goals;

/// <summary>
/// What the SMART coach reads: free text alone (someone pastes a goal sentence), or the goal's structured
/// SMART fields when present. Every field but <see cref="Text"/> is optional.
/// </summary>
public sealed record SmartInput(
    string Text,
    string? SpecificOutcome = null,
    string? Metric = null,
    decimal? Baseline = null,
    decimal? Target = null,
    string? Unit = null,
    string? DoneCriterion = null,
    string? Resources = null,
    decimal? HoursPerWeek = null,
    string? RelevanceReason = null,
    int LinkedSwotItems = 0,
    DateOnly? TargetDate = null);

/// <summary>
/// What the coach knows about the person and programme: today, the programme's end, the hours they said they have, how
/// many goals are active, and, for "halfway through the programme" and "before our next session", the programme's start
/// and the pair's next session. Outside a programme only <see cref="Today"/> is known.
/// </summary>
public sealed record SmartContext(
    DateOnly Today,
    DateOnly? ProgrammeEnd = null,
    decimal? AvailableHoursPerWeek = null,
    int OtherActiveGoals = 0,
    DateOnly? ProgrammeStart = null,
    DateOnly? NextSession = null);

public enum SmartVerdict { Missing, Weak, Met }

/// <summary>One letter of SMART: a verdict, why, and what to do about it.</summary>
public sealed record SmartCriterion(SmartVerdict Verdict, IReadOnlyList<string> Reasons, IReadOnlyList<string> Suggestions)
{
    /// <summary>When the letter is weak or missing: the person's sentence with what this letter lacks put in (null when no rewrite fits).</summary>
    public string? Rewrite { get; init; }
}

public sealed record SmartAssessment(
    SmartCriterion Specific,
    SmartCriterion Measurable,
    SmartCriterion Achievable,
    SmartCriterion Relevant,
    SmartCriterion TimeBound)
{
    /// <summary>The person's sentence with every weak or missing letter fixed at once ("Try this version"); null when all are met or none can be rewritten.</summary>
    public string? Rewrite { get; init; }

    /// <summary>0 to 5: one point for each criterion met, half a point for each weak one.</summary>
    public decimal Score => new[] { Specific, Measurable, Achievable, Relevant, TimeBound }
        .Sum(c => c.Verdict switch { SmartVerdict.Met => 1m, SmartVerdict.Weak => 0.5m, _ => 0m });
}
