using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>The real app process killed with SIGKILL in the middle of a stream of writes.</summary>
public sealed class CrashTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Bounded: at most 40 s to start (about 3 s on an idle machine), 10 s of writes, 40 s to start again.</summary>
    [Fact]
    public async Task Every_acknowledged_write_survives_a_kill_9_and_the_database_stays_intact()
    {
        await using var database = await TestDatabase.CreateAsync();
        var settings = AppProcess.Settings(database);
        var acknowledged = new ConcurrentBag<string>();
        // Migrate and make a mentee in-process first, so that the child process only has to start.
        string email;
        await using (var setUp = new ThriveApp(database))
        {
            var given = Given.In(setUp);
            email = (await given.MenteeAsync(await given.ProgrammeAsync())).Email;
        }

        await using (var app = await AppProcess.StartAsync(settings, TimeSpan.FromSeconds(40), Ct))
        {
            var mentee = await app.SignedInAsync(email);
            var board = (await mentee.GetFromJsonAsync<JsonElement>("/api/v1/board", Ct)).GetProperty("boardId").GetGuid();

            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 3).Select(w => Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var title = $"Crash write {w}-{n}";
                    try
                    {
                        var r = await mentee.PostAsJsonAsync($"/api/v1/boards/{board}/tasks", new { title }, CancellationToken.None);
                        if (r.StatusCode == HttpStatusCode.Created) acknowledged.Add(title);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return; } // the process is gone
                }
            }, CancellationToken.None)).ToList();

            // Kill while writes are in flight: after some have been acknowledged, without waiting for the rest.
            var until = Stopwatch.StartNew();
            while (acknowledged.Count < 40 && until.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(10, Ct);
            app.KillHard();
            stop.Cancel();
            await Task.WhenAll(writers);
        }
        Assert.True(acknowledged.Count >= 10, $"Only {acknowledged.Count} writes were acknowledged before the kill.");

        await using (var again = await AppProcess.StartAsync(settings, TimeSpan.FromSeconds(40), Ct))
        {
            var mentee = await again.SignedInAsync(email);
            Assert.Equal(HttpStatusCode.OK, (await mentee.GetAsync("/api/v1/board", Ct)).StatusCode);
        }

        if (database.Provider == "Sqlite") Assert.Equal("ok", IntegrityCheck(database.ConnectionString));
        var stored = await StoredTitlesAsync(database);
        var missing = acknowledged.Where(t => !stored.Contains(t)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {acknowledged.Count} acknowledged writes are missing: {string.Join(", ", missing.Take(5))}");
    }

    private static string IntegrityCheck(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)command.ExecuteScalar()!;
    }

    private static async Task<HashSet<string>> StoredTitlesAsync(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<ThriveDbContext>();
        DatabaseSetup.Configure(options, new DatabaseOptions
        {
            Provider = database.Provider == "Postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            ConnectionString = database.ConnectionString,
        });
        await using var db = new ThriveDbContext(options.Options);
        return (await db.Tasks.Where(t => t.Title.StartsWith("Crash write ")).Select(t => t.Title).ToListAsync(Ct)).ToHashSet();
    }
}
