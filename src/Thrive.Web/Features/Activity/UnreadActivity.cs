using System.Security.Claims;

namespace Thrive.Web.Features.Activity;

/// <summary>
/// The unread count beside "What's new" in the navigation: one SQL command per page, and none for people who take no
/// part in a programme's pairs (admins who are not participants) or on an error page.
/// </summary>
public sealed class UnreadActivity(ActivitySources sources, TimeProvider clock)
{
    public async Task<int> CountAsync(ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(context);
        if (user.Identity?.IsAuthenticated != true || !user.FollowsActivity() || context.Response.StatusCode >= 500) return 0;
        return await sources.UnreadCountAsync(user.Id(), clock.GetUtcNow(), ct);
    }
}
