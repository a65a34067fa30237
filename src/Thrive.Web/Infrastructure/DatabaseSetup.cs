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
        await db.Database.MigrateAsync(ct);
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
