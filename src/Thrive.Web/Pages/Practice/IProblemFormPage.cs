using Thrive.Web.Features.Practice;

namespace Thrive.Web.Pages.Practice;

/// <summary>A page with the problem form (log or edit), as the _ProblemFields partial reads it: the bound request is named Input.</summary>
public interface IProblemFormPage
{
    LogProblem.Request Input { get; }

    DateOnly Today { get; }
}
