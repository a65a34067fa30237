using Thrive.Domain.Goals;

namespace Thrive.Web.Pages.Goals;

/// <summary>The goal form, shared by "new" and "edit" and by the live SMART feedback.</summary>
public sealed class GoalForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public GoalCategory Category { get; set; } = GoalCategory.Technical;
    public string? SpecificOutcome { get; set; }
    public string? Metric { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public string? Unit { get; set; }
    public string? DoneCriterion { get; set; }
    public string? Resources { get; set; }
    public decimal? HoursPerWeek { get; set; }
    public string? RelevanceReason { get; set; }
    public DateOnly? TargetDate { get; set; }
    public List<Guid> SwotItemIds { get; set; } = [];
    public bool Activate { get; set; } = true;
    public Guid Version { get; set; }

    public GoalDetails ToDetails() => new(Title ?? "", Description, Category,
        new SmartFields(SpecificOutcome ?? "", Metric ?? "", Baseline, Target, Unit ?? "", DoneCriterion ?? "", Resources ?? "", HoursPerWeek, RelevanceReason ?? "", TargetDate));

    public SmartInput ToSmartInput() => new($"{Title}. {Description}", SpecificOutcome, Metric, Baseline, Target, Unit, DoneCriterion, Resources,
        HoursPerWeek, RelevanceReason, SwotItemIds.Count, TargetDate);

    public static GoalForm From(GoalDetails d, Guid version = default, IEnumerable<Guid>? swot = null) => new()
    {
        Title = d.Title, Description = d.Description, Category = d.Category, SpecificOutcome = d.Smart.SpecificOutcome, Metric = d.Smart.Metric,
        Baseline = d.Smart.Baseline, Target = d.Smart.Target, Unit = d.Smart.Unit, DoneCriterion = d.Smart.DoneCriterion, Resources = d.Smart.Resources,
        HoursPerWeek = d.Smart.HoursPerWeek, RelevanceReason = d.Smart.RelevanceReason, TargetDate = d.Smart.TargetDate, Version = version,
        SwotItemIds = swot?.ToList() ?? [],
    };
}
