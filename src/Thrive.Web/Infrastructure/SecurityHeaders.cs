namespace Thrive.Web.Infrastructure;

public static class SecurityHeaders
{
    /// <summary>A strict policy: scripts and styles only from this site, no inline script.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /// <summary>
    /// The policy with each single sign-on provider's origin added to form-action: signing out posts a form whose
    /// answer sends the browser on to the provider's end-session endpoint, and browsers hold a form's redirects to it.
    /// </summary>
    public static string PolicyFor(SsoOptions sso)
    {
        ArgumentNullException.ThrowIfNull(sso);
        var origins = sso.Providers.Values.Select(p => Uri.TryCreate(p.Authority?.Trim(), UriKind.Absolute, out var u) ? u.GetLeftPart(UriPartial.Authority) : null)
            .OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        return origins.Count == 0 ? ContentSecurityPolicy
            : ContentSecurityPolicy.Replace("form-action 'self'", "form-action 'self' " + string.Join(' ', origins), StringComparison.Ordinal);
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var policy = PolicyFor(app.ApplicationServices.GetRequiredService<IOptions<ThriveOptions>>().Value.Sso);
        return app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            var h = context.Response.Headers;
            h["X-Content-Type-Options"] = "nosniff";
            h["Referrer-Policy"] = "same-origin";
            h["X-Frame-Options"] = "DENY";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            // The API reference page (Scalar) has a policy of its own (ApiReference); everything else is strict.
            if (!path.StartsWithSegments(ApiReference.Path, StringComparison.OrdinalIgnoreCase))
                h["Content-Security-Policy"] = policy;
            await next();
        });
    }
}
