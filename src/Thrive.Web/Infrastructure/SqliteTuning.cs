using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// Settings SQLite keeps per connection, applied once to each connection the pool hands out. SQLite reads its file
/// through a page cache of 2 MB per connection by default, so a page that reads a cohort (the health page, the
/// programme page) spent more time copying pages in with read calls than running its query. Mapping the file into
/// memory lets every connection read the operating system's cached pages directly: the 500-pair health query went from
/// about 70 ms to 25 ms (docs/performance.md). Writes are unchanged (WAL, synchronous FULL).
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    /// <summary>At most this much of the database file is mapped into memory (shared pages, not private memory).</summary>
    public const long MemoryMapBytes = 256L * 1024 * 1024;

    /// <summary>It holds no state of its own beyond the set of tuned connections, so one serves every context.</summary>
    public static SqliteTuning Instance { get; } = new();

    private static readonly string Pragmas = $"PRAGMA mmap_size={MemoryMapBytes};";

    /// <summary>The native connections already tuned: a pooled connection keeps its settings when it is opened again.</summary>
    private static readonly ConditionalWeakTable<object, object> Tuned = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Untuned(connection) is { } sqlite)
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Untuned(connection) is { } sqlite)
        {
            await using var command = sqlite.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static SqliteConnection? Untuned(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } sqlite && Tuned.TryAdd(handle, handle) ? sqlite : null;
}
