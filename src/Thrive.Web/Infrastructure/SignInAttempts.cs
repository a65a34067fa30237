using System.Threading.RateLimiting;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// The sign-in rate limit counts attempts (posts of the sign-in and password-reset forms) per client address, not
/// page views: at a programme's kick-off everyone behind one office address loads the page, and only guessing should
/// run into the limit (Thrive:Security:SignInAttemptsPerMinute).
/// </summary>
public static class SignInAttempts
{
    public static RateLimitPartition<string> Partition(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("page view");
        var perMinute = context.RequestServices.GetRequiredService<IOptions<ThriveOptions>>().Value.Security.SignInAttemptsPerMinute;
        return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}
