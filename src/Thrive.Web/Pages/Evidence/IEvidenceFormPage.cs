using Thrive.Web.Features.Evidence;

namespace Thrive.Web.Pages.Evidence;

/// <summary>A page with the evidence form (add or edit), as the _EvidenceFields partial reads it: the bound request is named Input.</summary>
public interface IEvidenceFormPage
{
    AddEvidence.Request Input { get; }

    DateOnly Today { get; }

    IReadOnlyList<ListEvidence.GoalChoice> GoalChoices { get; }
}
