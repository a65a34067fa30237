using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>`Thrive.Web backup FILE` and `restore FILE`, run as an operator would: the built app as a process.</summary>
public sealed class BackupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_backup_taken_while_the_app_runs_restores_the_data_it_held()
    {
        await using var database = await TestDatabase.CreateAsync();
        var settings = AppProcess.Settings(database);
        var folder = Directory.CreateTempSubdirectory("thrive-backup-").FullName;
        var backup = Path.Combine(folder, "nested", "thrive-backup.db");
        try
        {
            if (database.Provider == "Postgres")
            {
                // PostgreSQL has pg_dump and pg_restore; the commands say so, with the exact command and no password.
                var (code, output) = await AppProcess.RunCommandAsync(settings, ["backup", backup], Ct);
                Assert.Equal(1, code);
                Assert.Contains("pg_dump -Fc -h 127.0.0.1", output, StringComparison.Ordinal);
                Assert.DoesNotContain("Password", output, StringComparison.OrdinalIgnoreCase);
                (code, output) = await AppProcess.RunCommandAsync(settings, ["restore", backup], Ct);
                Assert.Equal(1, code);
                Assert.Contains("pg_restore --clean --if-exists", output, StringComparison.Ordinal);
                return;
            }

            var app = new ThriveApp(database);
            var given = Given.In(app);
            var person = await given.MenteeAsync(await given.ProgrammeAsync());
            var mentee = await person.SignInAsync();
            var board = (await mentee.GetFromJsonAsync<JsonElement>("/api/v1/board", Ct)).GetProperty("boardId").GetGuid();
            Assert.Equal(HttpStatusCode.Created, (await mentee.PostAsJsonAsync($"/api/v1/boards/{board}/tasks", new { title = "Written before the backup" }, Ct)).StatusCode);

            // Online: the app is running (and holds the database open) while the backup is taken.
            var (exit, log) = await AppProcess.RunCommandAsync(settings, ["backup", backup], Ct);
            Assert.True(exit == 0, log);
            Assert.Contains("integrity check ok", log, StringComparison.Ordinal);
            Assert.Equal("ok", IntegrityCheck($"Data Source={backup};Mode=ReadOnly;Pooling=False"));

            // A backup never overwrites.
            (exit, log) = await AppProcess.RunCommandAsync(settings, ["backup", backup], Ct);
            Assert.Equal(1, exit);
            Assert.Contains("already exists", log, StringComparison.Ordinal);

            // Life goes on: a new task, a renamed programme and a deleted task.
            Assert.Equal(HttpStatusCode.Created, (await mentee.PostAsJsonAsync($"/api/v1/boards/{board}/tasks", new { title = "Written after the backup" }, Ct)).StatusCode);
            var programmeName = await app.WithDbAsync(db => db.Programmes.Select(p => p.Name).SingleAsync(Ct));
            await app.WithDbAsync(db => db.Programmes.ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Renamed after the backup"), Ct));
            var deleted = await app.WithDbAsync(db => db.Tasks.Where(t => t.Title == "Written before the backup").Select(t => t.Id).SingleAsync(Ct));
            await app.WithDbAsync(db => db.TaskMoves.Where(m => m.TaskId == deleted).ExecuteDeleteAsync(Ct));
            await app.WithDbAsync(db => db.Tasks.Where(t => t.Id == deleted).ExecuteDeleteAsync(Ct));
            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();

            (exit, log) = await AppProcess.RunCommandAsync(settings, ["restore", backup], Ct);
            Assert.True(exit == 0, log);
            var dbFile = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            var kept = Directory.GetFiles(Path.GetDirectoryName(dbFile)!, Path.GetFileName(dbFile) + ".replaced-*");
            Assert.Single(kept);
            Assert.Contains(kept[0], log, StringComparison.Ordinal);
            Assert.Equal("ok", IntegrityCheck(database.ConnectionString));

            await using var restored = new ThriveApp(database);
            var titles = await restored.WithDbAsync(db => db.Tasks.Where(t => t.Title.StartsWith("Written ")).Select(t => t.Title).ToListAsync(Ct));
            Assert.Equal(["Written before the backup"], titles);
            Assert.Equal(programmeName, await restored.WithDbAsync(db => db.Programmes.Select(p => p.Name).SingleAsync(Ct)));
            var home = await (await restored.SignedInAsync(person.Email)).GetAsync("/", Ct);
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            // The replaced database is a complete copy too: it still has the change made after the backup.
            Assert.Equal("ok", IntegrityCheck($"Data Source={kept[0]};Mode=ReadOnly;Pooling=False"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Restore_refuses_a_file_that_is_not_a_sound_Thrive_database_and_changes_nothing()
    {
        if (TestDatabase.ProviderName != "Sqlite")
        {
            TestContext.Current.SendDiagnosticMessage("Not applicable on PostgreSQL: restore there is pg_restore (see the test above).");
            return;
        }
        await using var database = await TestDatabase.CreateAsync();
        var settings = AppProcess.Settings(database);
        await using (var app = new ThriveApp(database)) await Given.In(app).ProgrammeAsync();
        var folder = Directory.CreateTempSubdirectory("thrive-backup-").FullName;
        try
        {
            var garbage = Path.Combine(folder, "not-a-database.db");
            await File.WriteAllTextAsync(garbage, new string('x', 8192), Ct);
            var (exit, log) = await AppProcess.RunCommandAsync(settings, ["restore", garbage], Ct);
            Assert.Equal(1, exit);
            Assert.Contains("nothing was", log, StringComparison.Ordinal);

            var foreign = Path.Combine(folder, "foreign.db");
            await using (var c = new SqliteConnection($"Data Source={foreign};Pooling=False"))
            {
                await c.OpenAsync(Ct);
                await using var cmd = c.CreateCommand();
                cmd.CommandText = "CREATE TABLE notes(body TEXT);";
                await cmd.ExecuteNonQueryAsync(Ct);
            }
            (exit, log) = await AppProcess.RunCommandAsync(settings, ["restore", foreign], Ct);
            Assert.Equal(1, exit);
            Assert.Contains("not a Thrive database", log, StringComparison.Ordinal);

            await using var after = new ThriveApp(database);
            Assert.Equal(1, await after.WithDbAsync(db => db.Programmes.CountAsync(Ct)));
            Assert.Equal("ok", IntegrityCheck(database.ConnectionString));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string IntegrityCheck(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)command.ExecuteScalar()!;
    }
}
