using System.Text;
using Scalar.AspNetCore;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// The API reference page (Scalar) as part of this site: nothing from other hosts (fonts from wwwroot, no telemetry,
/// no AI agent, no vendor toolbar), a Content-Security-Policy of its own (Scalar's one inline script carries a
/// per-request nonce) and the page's language on its html element, which Scalar's template leaves out.
/// </summary>
public static class ApiReference
{
    public const string Path = "/api/reference";

    public static IEndpointConventionBuilder MapThriveApiReference(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapScalarApiReference(Path, o => o
            .WithTitle("Thrive API")
            .WithFavicon("/favicon.ico")
            .DisableDefaultFonts() // served from wwwroot/lib/fonts by api-reference.css instead of Scalar's CDN
            .DisableTelemetry()
            .DisableAgent() // "Ask AI"
            .DisableMcp()
            .HideDeveloperTools() // "Deploy", "Configure", "Share"
            .ForceLightMode() // the palette api-reference.css checks for contrast
            .HideDarkModeToggle()
            .WithNonce()
            .AddHeadContent("<link rel=\"stylesheet\" href=\"/css/api-reference.css\" /><script src=\"/js/api-reference.js\"></script>"))
            .AllowAnonymous();

    /// <summary>
    /// Everything from this site only; Scalar's own inline script by nonce. Scalar's components write their styles
    /// inline (style elements and attributes), so this page, unlike the others, allows inline styles (never scripts).
    /// </summary>
    public static string ContentSecurityPolicy(string? nonce) =>
        $"default-src 'self'; script-src 'self'{(nonce is null ? "" : $" 'nonce-{nonce}'")}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /// <summary>Sets the page's CSP and language. Runs after HEAD becomes GET, so HEAD states the same length.</summary>
    public static IApplicationBuilder UseApiReferencePage(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase), b => b.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Items[ScalarOptions.NonceHttpContextItemKey] as string);
                return Task.CompletedTask;
            });
            // Only the HTML page is rewritten; Scalar's script files (megabytes) pass through.
            if (context.Request.Path.Value!.Contains('.', StringComparison.Ordinal))
            {
                await next();
                return;
            }
            var body = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next();
            }
            finally
            {
                context.Response.Body = body;
            }
            var bytes = buffer.ToArray();
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                var html = Encoding.UTF8.GetString(bytes);
                var at = html.IndexOf("<html>", StringComparison.OrdinalIgnoreCase);
                if (at >= 0) bytes = Encoding.UTF8.GetBytes(string.Concat(html.AsSpan(0, at), "<html lang=\"en\">", html.AsSpan(at + "<html>".Length)));
                context.Response.ContentLength = bytes.Length;
            }
            await body.WriteAsync(bytes, context.RequestAborted);
        }));
}
