using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// SQLite's memory mapping (<c>PRAGMA mmap_size</c>), applied once to each connection the pool hands out when
/// <c>Thrive:Database:SqliteMemoryMapMegabytes</c> is set. It lets a connection read the operating system's cached
/// pages of the file directly instead of copying them through its own 2 MB page cache; docs/performance.md has what it
/// did for the health page and for the whole load run.
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    private static readonly ConcurrentDictionary<int, SqliteTuning> BySize = new();

    /// <summary>The native connections already tuned: a pooled connection keeps its settings when it is opened again.</summary>
    private static readonly ConditionalWeakTable<object, object> Tuned = [];

    private readonly string pragma;

    private SqliteTuning(int megabytes) => pragma = $"PRAGMA mmap_size={megabytes * 1024L * 1024L};";

    /// <summary>One interceptor per size: it holds no state beyond the set of tuned connections.</summary>
    public static SqliteTuning For(int megabytes) => BySize.GetOrAdd(megabytes, m => new SqliteTuning(m));

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Untuned(connection) is { } sqlite)
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = pragma;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Untuned(connection) is { } sqlite)
        {
            await using var command = sqlite.CreateCommand();
            command.CommandText = pragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static SqliteConnection? Untuned(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } sqlite && Tuned.TryAdd(handle, handle) ? sqlite : null;
}
