using Thrive.Web.Features.Matching;

namespace Thrive.Web.Pages.Matching;

/// <summary>The programme's mentor directory, twelve mentors a page, those with free places first.</summary>
public sealed class MentorsModel(ListMentorDirectory.Handler list) : ThrivePageModel<ListMentorDirectory.View>
{
    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? page, CancellationToken ct) => await ShowAsync(list.HandleAsync(Actor, id, page, ct)) ?? Page();
}
