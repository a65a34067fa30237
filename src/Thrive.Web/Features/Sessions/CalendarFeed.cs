using Microsoft.AspNetCore.Http.HttpResults;

namespace Thrive.Web.Features.Sessions;

/// <summary>
/// Each person's secret calendar feed: a URL holding a random token that calendar apps poll without signing in. Only the
/// token's SHA-256 is stored, so the URL is shown once, when it is made; making a new one ends the old one.
/// </summary>
public static class CalendarFeed
{
    /// <summary>The feed holds sessions from this many days back onwards, at most <see cref="MaxSessions"/>.</summary>
    public const int PastDays = 60;
    public const int MaxSessions = 500;
    public const string Path = "/calendar/";

    /// <summary>GET /calendar/{token}.ics: anonymous (the token is the key), never cached by shared caches.</summary>
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path + "{token}.ics", async Task<Results<ContentHttpResult, NotFound>> (string token, ReadCalendarFeed.Handler h, HttpContext c, CancellationToken ct) =>
        {
            c.Response.Headers.CacheControl = "private, no-store";
            c.Response.Headers["X-Robots-Tag"] = "noindex";
            return await h.HandleAsync(token, ct) is { } ics ? TypedResults.Text(ics, SessionCalendar.ContentType) : TypedResults.NotFound();
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
