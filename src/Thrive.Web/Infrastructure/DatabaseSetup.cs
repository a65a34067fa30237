using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Thrive.Web.Infrastructure;

public static class DatabaseSetup
{
    /// <summary>Reads the provider when the context is first made, so that every configuration source (tests too) applies.</summary>
    public static IServiceCollection AddThriveDatabase(this IServiceCollection services)
    {
        // Values kept in memory (the navigation's unread count) are read again after this app writes.
        services.AddSingleton<DataChanges>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp => sp.GetRequiredService<DataChanges>());
        services.AddDbContext<ThriveDbContext>((sp, o) =>
        {
            Configure(o, sp.GetRequiredService<IOptions<ThriveOptions>>().Value.Database);
            // Diagnostics (and the tests' SQL command counter) plug in here.
            o.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        return services;
    }

    /// <summary>How long a request waits for PostgreSQL to accept a connection, or for SQLite's write lock.</summary>
    public const int ConnectTimeoutSeconds = 3;

    /// <summary>How long one SQL command of a request may run on PostgreSQL.</summary>
    public const int CommandTimeoutSeconds = 10;

    /// <summary>How many of its most used commands each PostgreSQL connection keeps prepared.</summary>
    public const int AutoPreparedCommands = 100;

    /// <summary>Start-up work (migrations, demo seed) may wait for another instance doing the same.</summary>
    public static readonly TimeSpan StartupCommandTimeout = TimeSpan.FromMinutes(5);

    public static void Configure(DbContextOptionsBuilder o, DatabaseOptions db)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            o.UseNpgsql(WithDefaults(db), x => x.MigrationsAssembly(ThriveDatabase.PostgresMigrations));
        }
        else
        {
            o.UseSqlite(WithDefaults(db), x => x.MigrationsAssembly(ThriveDatabase.SqliteMigrations));
            if (db.SqliteMemoryMapMegabytes > 0) o.AddInterceptors(SqliteTuning.For(db.SqliteMemoryMapMegabytes));
        }
        o.AddInterceptors(OneOpenPerContext.Instance);
    }

    /// <summary>
    /// The connection string with short timeouts added unless it sets its own, so that a request fails fast
    /// (503) when the database is down or locked instead of hanging for the drivers' 15-30 s defaults.
    /// </summary>
    public static string WithDefaults(DatabaseOptions db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var given = new DbConnectionStringBuilder { ConnectionString = db.ConnectionString };
        bool Has(params string[] keys) => keys.Any(given.ContainsKey);
        if (db.Provider == DatabaseProvider.Postgres)
        {
            var pg = new Npgsql.NpgsqlConnectionStringBuilder(db.ConnectionString);
            if (!Has("Timeout", "Connect Timeout", "Connection Timeout")) pg.Timeout = ConnectTimeoutSeconds;
            if (!Has("Command Timeout", "CommandTimeout")) pg.CommandTimeout = CommandTimeoutSeconds;
            // A page sends a handful of short commands, each on a connection taken from and given back to the
            // pool. The reset on return (DISCARD ALL) was a statement of its own per command, and parsing and
            // planning each command again cost PostgreSQL more than running it (docs/performance.md). Thrive sets
            // no session state, so the reset is skipped, and commands used often are prepared once per connection.
            if (!Has("No Reset On Close", "NoResetOnClose")) pg.NoResetOnClose = true;
            if (!Has("Max Auto Prepare", "MaxAutoPrepare")) pg.MaxAutoPrepare = AutoPreparedCommands;
            return pg.ConnectionString;
        }
        // Microsoft.Data.Sqlite waits this long for a busy (locked) database before it gives up.
        var sqlite = new SqliteConnectionStringBuilder(db.ConnectionString);
        if (!Has("Default Timeout", "DefaultTimeout", "Command Timeout", "CommandTimeout")) sqlite.DefaultTimeout = ConnectTimeoutSeconds;
        return sqlite.ConnectionString;
    }

    /// <summary>
    /// Applies migrations at start-up. EF Core takes a database-wide migration lock, so two instances
    /// starting at once apply each migration once. A development database made before the migrations were
    /// squashed is adopted first (or refused, with what to do), under the same lock.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
        var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseSetup));
        ForStartup(db);
        if (db.Database.IsSqlite()) EnsureSqliteFolder(db.Database.GetConnectionString());
        if (db.Database.IsNpgsql())
        {
            // EF Core's own migration lock did not keep two instances from applying the same migration on
            // PostgreSQL (seen in StartupTests); a session advisory lock on the migrating connection does.
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(7274840)", ct);
                await AdoptPreBaselineAsync(db, log, ct);
                await db.Database.MigrateAsync(ct);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(7274840)", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }
        else
        {
            await AdoptPreBaselineAsync(db, log, ct);
            await db.Database.MigrateAsync(ct);
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets readers and one writer work at once and survives crashes cleanly (synchronous stays
            // FULL, SQLite's default, so an acknowledged write also survives a power cut).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    private static async Task AdoptPreBaselineAsync(ThriveDbContext db, ILogger log, CancellationToken ct)
    {
        if (await PreBaselineDatabases.AdoptAsync(db, ct))
            log.LogWarning("Adopted a database made before the migrations were squashed: recorded the Baseline migration as applied (same schema).");
    }

    /// <summary>
    /// Start-up work (migrations, the demo seed) may wait for another instance doing the same. SQLite's
    /// BEGIN IMMEDIATE waits for the connection's default timeout, not the command's, so both are raised.
    /// </summary>
    public static void ForStartup(ThriveDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Database.SetCommandTimeout(StartupCommandTimeout);
        if (db.Database.IsSqlite())
        {
            var cs = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { DefaultTimeout = (int)StartupCommandTimeout.TotalSeconds };
            db.Database.SetConnectionString(cs.ConnectionString);
        }
    }

    internal static void EnsureSqliteFolder(string? connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
