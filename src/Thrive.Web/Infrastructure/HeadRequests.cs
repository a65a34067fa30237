namespace Thrive.Web.Infrastructure;

/// <summary>
/// HEAD is answered like GET everywhere (pages, API reads, the health probe): the request runs as a GET, so it gets
/// the same status and headers, and the body is dropped. Static files answer HEAD themselves, before this runs.
/// Minimal API endpoints (MapGet) would otherwise answer 405, and link checkers and monitors use HEAD.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next();
            return;
        }
        // The body stays dropped after this returns too: the status code pages around it may still write one.
        context.Response.Body = Stream.Null;
        context.Request.Method = HttpMethods.Get;
        try
        {
            await next();
        }
        finally
        {
            context.Request.Method = HttpMethods.Head; // logged, and seen by the server, as the HEAD it was
        }
    });
}
