using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Thrive.Persistence;

namespace Thrive.Web.Infrastructure;

public static class DatabaseSetup
{
    /// <summary>Reads the provider when the context is first made, so that every configuration source (tests too) applies.</summary>
    public static IServiceCollection AddThriveDatabase(this IServiceCollection services)
    {
        services.AddDbContext<ThriveDbContext>((sp, o) =>
        {
            Configure(o, sp.GetRequiredService<IOptions<ThriveOptions>>().Value.Database);
            // Diagnostics (and the tests' SQL command counter) plug in here.
            o.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        return services;
    }

    public static void Configure(DbContextOptionsBuilder o, DatabaseOptions db)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            o.UseNpgsql(db.ConnectionString, x => x.MigrationsAssembly(ThriveDatabase.PostgresMigrations));
        }
        else
        {
            o.UseSqlite(db.ConnectionString, x => x.MigrationsAssembly(ThriveDatabase.SqliteMigrations));
        }
    }

    /// <summary>
    /// Applies migrations at start-up. EF Core takes a database-wide migration lock, so two instances
    /// starting at once apply each migration once.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
        if (db.Database.IsSqlite()) EnsureSqliteFolder(db.Database.GetConnectionString());
        if (db.Database.IsNpgsql())
        {
            // EF Core's own migration lock did not keep two instances from applying the same migration on
            // PostgreSQL (seen in StartupTests); a session advisory lock on the migrating connection does.
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(7274840)", ct);
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
            await db.Database.MigrateAsync(ct);
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets readers and one writer work at once and survives crashes cleanly.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    private static void EnsureSqliteFolder(string? connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
