using Thrive.Web.Features.MentorTypes;

namespace Thrive.Web.Pages.MentorTypes;

/// <summary>The reader's mentor-type result: a bar per type, the top type(s) explained, and the way to (re)take the quiz.</summary>
public sealed class IndexModel(GetMentorType.Handler get) : ThrivePageModel<GetMentorType.View>
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(get.HandleAsync(Actor, ct)) ?? Page();
}
