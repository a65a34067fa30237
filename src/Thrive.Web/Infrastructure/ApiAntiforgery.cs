using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// Cross-site request forgery protection for the JSON API. A browser sends the sign-in cookie with any request,
/// also one that another site's page makes; so an unsafe call (POST, PUT, PATCH, DELETE under /api) that is
/// signed in by the cookie must carry the antiforgery token in the <see cref="HeaderName"/> header (400 otherwise)
/// and must not come from a page of another origin (403). Checked on the cookie only: a caller signed in some
/// other way (the bearer tokens a later issue adds) sends no cookie, and a forged request cannot add a header.
/// </summary>
public static class ApiAntiforgery
{
    /// <summary>The header the antiforgery token goes in (pages' scripts copy it from the page's hidden field).</summary>
    public const string HeaderName = "X-CSRF-TOKEN";

    public static IApplicationBuilder UseApiAntiforgery(this IApplicationBuilder app) =>
        app.UseWhen(c => IsUnsafeApiCall(c.Request) && SignedInByCookie(c), b => b.Use(async (context, next) =>
        {
            if (IsForeign(context))
            {
                await Refuse(context, StatusCodes.Status403Forbidden, "foreign_origin", "Requests from another site's pages are refused.");
                return;
            }
            try
            {
                await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                await Refuse(context, StatusCodes.Status400BadRequest, "antiforgery",
                    $"A signed-in browser's request must carry the antiforgery token in the {HeaderName} header.");
                return;
            }
            await next();
        }));

    private static bool IsUnsafeApiCall(HttpRequest r) =>
        r.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && (HttpMethods.IsPost(r.Method) || HttpMethods.IsPut(r.Method) || HttpMethods.IsPatch(r.Method) || HttpMethods.IsDelete(r.Method));

    private static bool SignedInByCookie(HttpContext c) =>
        c.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == IdentityConstants.ApplicationScheme);

    /// <summary>An Origin header (browsers send one with every POST) that is neither this request's host nor the public address.</summary>
    private static bool IsForeign(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0) return false;
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var o)) return true; // "null" (a sandboxed or file page) and garbage
        var own = new Uri($"{context.Request.Scheme}://{context.Request.Host}");
        var published = context.RequestServices.GetRequiredService<IOptions<ThriveOptions>>().Value.PublicBaseUrl;
        return !SameOrigin(o, own) && !SameOrigin(o, published);
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase) && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;

    private static Task Refuse(HttpContext context, int status, string code, string detail) =>
        TypedResults.Problem(title: status == 403 ? "Forbidden." : "Missing antiforgery token.", detail: detail, statusCode: status,
            extensions: new Dictionary<string, object?> { ["code"] = code }).ExecuteAsync(context);
}
