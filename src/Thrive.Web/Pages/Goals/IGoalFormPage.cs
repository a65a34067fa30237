using Thrive.Web.Features.Goals;

namespace Thrive.Web.Pages.Goals;

/// <summary>
/// A page with the goal form (new or edit), as the _GoalFields partial reads it: the bound request is named Input on
/// every such page, so the partial's asp-for names ("Input.Smart.Metric") are the names the page binds.
/// </summary>
public interface IGoalFormPage
{
    GoalForm Input { get; }

    IReadOnlyList<GoalSwotLinks.Option> SwotItems { get; }
}
