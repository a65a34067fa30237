using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// Tells a database that is down, unreachable or locked apart from a bug: the first is a 503 ("try again
/// shortly"), the second stays a 500.
/// </summary>
public static class DatabaseOutage
{
    public const int RetryAfterSeconds = 5;

    // SQLite primary result codes that mean "the file cannot be used right now", not "your SQL is wrong":
    // PERM, BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB.
    private static readonly HashSet<int> SqliteUnavailable = [3, 5, 6, 8, 10, 11, 13, 14, 26];

    public static bool IsOutage(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // A server-side error (unique violation, bad SQL) is a bug unless the server says it is going away
                // or cannot take the connection (class 08, 53, 57P0x).
                case PostgresException pg when pg.IsTransient:
                    return true;
                case PostgresException:
                    return false;
                // Npgsql's own exceptions are about the connection: refused, reset, timed out.
                case NpgsqlException:
                case SocketException:
                case TimeoutException:
                    return true;
                case SqliteException sqlite:
                    return SqliteUnavailable.Contains(sqlite.SqliteErrorCode & 0xFF);
            }
        }
        return false;
    }
}

/// <summary>
/// 503 with Retry-After for a database outage. The API gets ProblemDetails (for any failure, so it never
/// answers with the HTML error page); pages fall through to /Error, which the status-code selector has set to 503.
/// </summary>
public sealed class DatabaseOutageHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>503 for an outage; a request the server could not read (bad JSON) keeps its 4xx; else 500.</summary>
    public static int StatusCodeFor(Exception exception) =>
        DatabaseOutage.IsOutage(exception) ? StatusCodes.Status503ServiceUnavailable
        : exception is BadHttpRequestException bad ? bad.StatusCode
        // Two people saved the same record at once and the handler did not expect it: the later save loses, with 409.
        : exception is Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException ? StatusCodes.Status409Conflict
        : StatusCodes.Status500InternalServerError;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var outage = DatabaseOutage.IsOutage(exception);
        if (outage) httpContext.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // By now the middleware has pointed Request.Path at /Error; the feature keeps the path that failed.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!new PathString(path).StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) return false;
        var status = StatusCodeFor(exception);
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = outage
                ? new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "The database is unavailable.",
                    Detail = $"Thrive cannot reach its database right now. Nothing was saved; try again in {DatabaseOutage.RetryAfterSeconds} seconds.",
                }
                : status == StatusCodes.Status409Conflict ? new ProblemDetails
                {
                    Status = status, Title = "Someone else changed this at the same moment.", Detail = "Nothing of yours was saved. Reload and try again.",
                }
                : status < 500 ? new ProblemDetails { Status = status, Title = "The request could not be read.", Detail = exception.Message }
                : new ProblemDetails
                {
                    Status = StatusCodes.Status500InternalServerError,
                    Title = "Something went wrong on our side.",
                    Detail = "Report the trace id to your admin if it keeps happening.",
                },
        });
    }
}
