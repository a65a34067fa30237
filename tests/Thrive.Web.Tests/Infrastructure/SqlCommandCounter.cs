using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>Counts the SQL commands the app sends, so that tests can check a page's query count does not grow with data.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int count;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> texts = new();

    public int Count => Volatile.Read(ref count);

    /// <summary>The texts of the commands sent since the last <see cref="Reset"/> (at most the last 500).</summary>
    public IReadOnlyList<string> Texts => texts.ToArray();

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        texts.Clear();
    }

    private void Sent(DbCommand command)
    {
        Interlocked.Increment(ref count);
        texts.Enqueue(command.CommandText);
        while (texts.Count > 500) texts.TryDequeue(out _);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Sent(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Sent(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Sent(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
