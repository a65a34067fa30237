using System.Security.Claims;

namespace Thrive.Web.Features.Activity;

/// <summary>
/// The unread count beside "What's new" in the navigation: one SQL command when counted (kept for a while: <see cref="UnreadCounts"/>), and none for people who take no
/// part in a programme's pairs (admins who are not participants) or on an error page.
/// </summary>
public sealed class UnreadActivity(ActivitySources sources, UnreadCounts counts, TimeProvider clock)
{
    public async Task<int> CountAsync(ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(context);
        if (user.Identity?.IsAuthenticated != true || !user.FollowsActivity() || context.Response.StatusCode >= 500) return 0;
        var me = user.Id();
        return await counts.GetAsync(me, c => sources.UnreadCountAsync(me, clock.GetUtcNow(), c), ct);
    }
}
