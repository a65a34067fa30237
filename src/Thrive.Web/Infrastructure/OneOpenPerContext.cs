using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// Keeps a context's connection open from its first command until the context is disposed (the end of the request),
/// instead of EF Core taking it from the pool and giving it back around every command. A page sends five to fifteen
/// commands; on SQLite each opening also registers EF Core's SQL functions on the connection again, and the two
/// together were about a tenth of a board page's server time (docs/performance.md). A connection that broke is still
/// closed, so the next command opens a fresh one.
/// </summary>
public sealed class OneOpenPerContext : DbConnectionInterceptor
{
    public static readonly OneOpenPerContext Instance = new();

    private OneOpenPerContext() { }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        connection?.State == ConnectionState.Open ? InterceptionResult.Suppress() : result;

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(connection?.State == ConnectionState.Open ? InterceptionResult.Suppress() : result);
}
