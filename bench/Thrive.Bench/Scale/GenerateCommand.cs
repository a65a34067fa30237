using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Bench.Scale;

/// <summary>
/// generate --participants N [--provider Sqlite|Postgres] [--connection "..."] [--seed S] [--force]:
/// migrates the database through the app's own code and fills it with programmes of 30 to 500 pairs.
/// Without flags the database comes from the app's configuration names (Thrive__Database__Provider and
/// Thrive__Database__ConnectionString in the environment).
/// </summary>
internal static class GenerateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var flags = Flags.Parse(args);
        if (!int.TryParse(flags.Get("participants") ?? "", NumberStyles.None, CultureInfo.InvariantCulture, out var participants) || participants < 60 || participants > 1_000_000)
        {
            Console.Error.WriteLine("usage: Thrive.Bench generate --participants N (60 to 1,000,000) [--provider Sqlite|Postgres] [--connection \"...\"] [--seed 6] [--writers W] [--force]");
            return 2;
        }
        var seed = int.Parse(flags.Get("seed") ?? "6", CultureInfo.InvariantCulture);
        using var services = Services(flags);
        var database = services.GetRequiredService<IOptions<ThriveOptions>>().Value.Database;
        Console.WriteLine($"database: {database.Provider}");

        var clock = Stopwatch.StartNew();
        await using (var db = Context(services))
        {
            if (flags.Has("force"))
            {
                await db.Database.EnsureDeletedAsync();
            }
            else if (await db.Database.CanConnectAsync() && await HasDataAsync(db))
            {
                Console.Error.WriteLine("The database already holds data; generate only fills an empty one. Pass --force to drop it and start again.");
                return 1;
            }
            // The app's migrations take a lock on an open connection, so a PostgreSQL database must exist first.
            var creator = db.GetService<IRelationalDatabaseCreator>();
            if (db.Database.IsNpgsql() && !await creator.ExistsAsync()) await creator.CreateAsync();
        }
        // The app's own start-up path: migrations under its lock, then (SQLite) WAL.
        await DatabaseSetup.MigrateAsync(services);
        var migrated = clock.Elapsed;

        var plan = ScalePlan.Make(participants, seed);
        // SQLite has one writer at a time; PostgreSQL takes two chunks at once.
        var writers = flags.Int("writers", database.Provider == DatabaseProvider.Postgres ? 2 : 1);
        var writer = new ScaleWriter(() => Context(services), seed, DateTimeOffset.UtcNow, writers);
        var counts = await writer.WriteAsync(plan, progress: p => Console.WriteLine(p));
        clock.Stop();

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Create(inv, $"programmes {plan.Programmes.Count} (pairs: {string.Join(", ", plan.Programmes.Select(p => p.Pairs))})"));
        foreach (var (name, n) in counts.Rows) Console.WriteLine(string.Create(inv, $"{name,-22}{n,12:N0}"));
        Console.WriteLine(string.Create(inv, $"{"rows in all",-22}{counts.Rows.Sum(r => r.Count),12:N0}"));
        Console.WriteLine(string.Create(inv, $"elapsed {clock.Elapsed.TotalSeconds:0.0} s (migrations {migrated.TotalSeconds:0.0} s)"));
        Console.WriteLine();
        Console.WriteLine($"password for every generated account: {ScaleWriter.Password}");
        Console.WriteLine($"  {ScaleWriter.Email("admin", 0)} (admin), {ScaleWriter.Email("coordinator", 1)} (runs the {plan.Programmes[0].Pairs}-pair programme)");
        Console.WriteLine($"  mentees {ScaleWriter.Email("mentee", 1)} to {ScaleWriter.Email("mentee", plan.TotalPairs)}, mentors {ScaleWriter.Email("mentor", 1)} to {ScaleWriter.Email("mentor", plan.TotalPairs)}");
        Console.WriteLine($"load with: -- load --url http://127.0.0.1:5080 --mentees {plan.TotalPairs} --connections 16 --seconds 20");
        return 0;
    }

    private static async Task<bool> HasDataAsync(ThriveDbContext db)
    {
        try
        {
            return await db.Users.AnyAsync() || await db.Programmes.AnyAsync();
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.PostgresException)
        {
            return false; // no tables yet
        }
    }

    /// <summary>The app's configuration names, read from the environment and overridden by the flags.</summary>
    private static ServiceProvider Services(Flags flags)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (flags.Get("provider") is { } provider) overrides["Thrive:Database:Provider"] = provider;
        if (flags.Get("connection") is { } connection) overrides["Thrive:Database:ConnectionString"] = connection;
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddThriveOptions(configuration);
        services.AddThriveDatabase();
        return services.BuildServiceProvider();
    }

    private static ThriveDbContext Context(IServiceProvider services)
    {
        var o = new DbContextOptionsBuilder<ThriveDbContext>();
        DatabaseSetup.Configure(o, services.GetRequiredService<IOptions<ThriveOptions>>().Value.Database);
        var db = new ThriveDbContext(o.Options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }
}

/// <summary>--name value and --switch command-line flags.</summary>
internal sealed class Flags
{
    private readonly Dictionary<string, string?> values = new(StringComparer.OrdinalIgnoreCase);

    public static Flags Parse(string[] args)
    {
        var f = new Flags();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) continue;
            var name = args[i][2..];
            var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            f.values[name] = value;
        }
        return f;
    }

    public string? Get(string name) => values.TryGetValue(name, out var v) ? v : null;

    public bool Has(string name) => values.ContainsKey(name);

    public int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
