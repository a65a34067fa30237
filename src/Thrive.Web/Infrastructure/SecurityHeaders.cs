namespace Thrive.Web.Infrastructure;

public static class SecurityHeaders
{
    /// <summary>A strict policy: scripts and styles only from this site, no inline script.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        var h = context.Response.Headers;
        h["X-Content-Type-Options"] = "nosniff";
        h["Referrer-Policy"] = "same-origin";
        h["X-Frame-Options"] = "DENY";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        // The API reference page (Scalar) has a policy of its own (ApiReference); everything else is strict.
        if (!path.StartsWithSegments(ApiReference.Path, StringComparison.OrdinalIgnoreCase))
            h["Content-Security-Policy"] = ContentSecurityPolicy;
        await next();
    });
}
