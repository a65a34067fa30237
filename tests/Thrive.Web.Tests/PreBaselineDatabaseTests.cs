using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// Development databases made by the twelve migrations Thrive had before they were squashed into one Baseline
/// keep working: start-up records Baseline as applied. Data/PreBaseline.{provider}.sql is such a database, as the
/// old migrations wrote it.
/// </summary>
public sealed class PreBaselineDatabaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_baseline_creates_the_schema_the_old_migrations_made()
    {
        await using var old = await TestDatabase.CreateAsync();
        await RunScriptAsync(old, await OldScriptAsync(old));
        // The old database is adopted and takes the migrations after the baseline, as the fresh one does.
        await using (var adopting = new ThriveApp(old, seed: false)) _ = adopting.Server;
        await using var fresh = await TestDatabase.CreateAsync();
        await using (var app = new ThriveApp(fresh, seed: false)) _ = app.Server;

        var before = await SchemaAsync(old);
        var after = await SchemaAsync(fresh);
        Assert.True(before.Count > 500, $"Only {before.Count} schema facts read.");
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Two_instances_start_on_an_old_development_database_adopt_it_once_and_keep_its_data()
    {
        await using var database = await TestDatabase.CreateAsync();
        await RunScriptAsync(database, await OldScriptAsync(database));
        var programme = await AddAdminAndProgrammeAsync(database);

        await using var first = new ThriveApp(database, seed: false);
        await using var second = new ThriveApp(database, seed: false);
        await Task.WhenAll(Task.Run(() => first.Server, Ct), Task.Run(() => second.Server, Ct));

        var history = await first.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync(Ct));
        var migrations = await first.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        var baseline = migrations[0];
        Assert.EndsWith("_Baseline", baseline, StringComparison.Ordinal);
        Assert.Single(history, id => id == baseline);
        Assert.Equal(12 + migrations.Count, history.Count()); // the twelve old ones stay, as a record of where the database came from
        Assert.Empty(await first.WithDbAsync(db => db.Database.GetPendingMigrationsAsync(Ct)));

        var admin = await second.SignedInAsync("old.admin@example.com");
        var page = await admin.GetAsync($"/Programmes/{programme}", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Cohort from before the baseline", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_with_an_older_partial_history_is_refused_with_what_to_do()
    {
        await using var database = await TestDatabase.CreateAsync();
        // The history as an instance that stopped before the last old migration left it.
        await RunScriptAsync(database, await OldScriptAsync(database) +
            "\nDELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" LIKE '%_FeedbackGivenAtIndex';\n");

        await using var app = new ThriveApp(database, seed: false);
        var e = Assert.ThrowsAny<Exception>(() => app.Server);
        var refusal = Flatten(e).OfType<InvalidOperationException>().FirstOrDefault(x => x.Message.Contains("early development build", StringComparison.Ordinal));
        Assert.True(refusal is not null, "Start-up failed, but not with the refusal: " + e);
        Assert.Contains("_Reminders'", refusal.Message, StringComparison.Ordinal); // where its history stops
        Assert.Contains("Back up the database", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("docs/operators.md", refusal.Message, StringComparison.Ordinal);
        await using var db = Context(database);
        Assert.DoesNotContain(await db.Database.GetAppliedMigrationsAsync(Ct), id => id.EndsWith("_Baseline", StringComparison.Ordinal));
    }

    private static IEnumerable<Exception> Flatten(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
            if (x is AggregateException a) foreach (var inner in a.InnerExceptions.SelectMany(Flatten)) yield return inner;
        }
    }

    private static Task<string> OldScriptAsync(TestDatabase database) =>
        File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Data", $"PreBaseline.{database.Provider}.sql"), Ct);

    private static ThriveDbContext Context(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<ThriveDbContext>();
        DatabaseSetup.Configure(options, new DatabaseOptions { Provider = Enum.Parse<DatabaseProvider>(database.Provider), ConnectionString = database.ConnectionString });
        return new ThriveDbContext(options.Options);
    }

    /// <summary>What someone had made on the old build: the admin account and a programme.</summary>
    private static async Task<Guid> AddAdminAndProgrammeAsync(TestDatabase database)
    {
        await using var db = Context(database);
        var admin = new ThriveUser
        {
            Id = Guid.NewGuid(), UserName = "old.admin@example.com", NormalizedUserName = "OLD.ADMIN@EXAMPLE.COM", Email = "old.admin@example.com",
            NormalizedEmail = "OLD.ADMIN@EXAMPLE.COM", EmailConfirmed = true, DisplayName = "Old Admin", IsAdmin = true,
            SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAt = DateTimeOffset.UtcNow,
        };
        admin.PasswordHash = new PasswordHasher<ThriveUser>().HashPassword(admin, ThriveApp.Password);
        var programme = Programme.Create(new ProgrammeDetails("Cohort from before the baseline", null, new DateOnly(2026, 9, 7), 12, SessionCadence.Weekly), DateTimeOffset.UtcNow).Value!;
        db.Users.Add(admin);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(Ct);
        return programme.Id;
    }

    private static async Task RunScriptAsync(TestDatabase database, string sql)
    {
        await using DbConnection connection = database.Provider == "Postgres" ? new NpgsqlConnection(database.ConnectionString) : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    /// <summary>
    /// Every table's columns (type, nullability, default), indexes and constraints as sorted lines; column order is
    /// left out (SQLite's table rebuilds reorder columns, and EF Core reads columns by name).
    /// </summary>
    private static async Task<List<string>> SchemaAsync(TestDatabase database)
    {
        string[] queries = database.Provider == "Postgres"
            ?
            [
                "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length::text, '') || ' ' || is_nullable || ' ' || coalesce(column_default, '') FROM information_schema.columns WHERE table_schema = 'public'",
                "SELECT tablename || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'",
                "SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace",
            ]
            :
            [
                "SELECT m.name || '.' || p.name || ' ' || p.type || ' ' || p.\"notnull\" || ' ' || p.pk || ' ' || ifnull(p.dflt_value, '') FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'",
                "SELECT m.name || ' ' || i.name || ' ' || i.\"unique\" || ' ' || (SELECT group_concat(c.name) FROM pragma_index_info(i.name) c) FROM sqlite_master m JOIN pragma_index_list(m.name) i WHERE m.type = 'table'",
                "SELECT m.name || ' ' || f.\"from\" || ' ' || f.\"table\" || '.' || f.\"to\" || ' ' || f.on_delete FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'",
            ];
        await using DbConnection connection = database.Provider == "Postgres" ? new NpgsqlConnection(database.ConnectionString) : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        var facts = new List<string>();
        foreach (var q in queries)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = q;
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct)) facts.Add(reader.GetString(0));
        }
        // The history and EF Core's migration lock are bookkeeping, not the app's schema.
        return facts.Where(f => !f.StartsWith("__EFMigrations", StringComparison.Ordinal) && !f.Contains("\"__EFMigrations", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
    }
}
