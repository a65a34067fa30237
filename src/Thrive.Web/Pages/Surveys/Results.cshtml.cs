using Thrive.Web.Features.Surveys;

namespace Thrive.Web.Pages.Surveys;

public sealed class ResultsModel(GetSurveyResults.Handler get) : ThrivePageModel<GetSurveyResults.View>
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(get.HandleAsync(Actor, id, ct)) ?? Page();
}
