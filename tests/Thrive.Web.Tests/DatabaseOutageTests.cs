using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Thrive.Web.Infrastructure;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// The database goes away under a running app: PostgreSQL behind a proxy that is cut (server down) or stalled
/// (packets lost); SQLite locked exclusively by another process. Requests answer 503 fast, nothing is half-saved,
/// and the app recovers by itself when the database is back.
/// </summary>
public sealed class DatabaseOutageTests
{
    /// <summary>
    /// Well under the 30 s that ADO.NET's default timeouts would wait, with room for a busy machine: the app's own
    /// limits are 3 s (SQLite's busy wait and PostgreSQL's connect time-out), and a run beside a build once
    /// took 5.4 s for a page to answer its 503.
    /// </summary>
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(12);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task While_the_database_is_down_requests_fail_fast_with_503_and_the_app_recovers_without_a_restart()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var outage = Outage.For(database);
        await using var app = new ThriveApp(database, settings: new Dictionary<string, string> { ["Thrive:Database:ConnectionString"] = outage.AppConnectionString });
        var given = Given.In(app);
        var mentee = await (await given.MenteeAsync(await given.ProgrammeAsync())).SignInAsync();
        var board = (await mentee.GetFromJsonAsync<JsonElement>("/api/v1/board", Ct)).GetProperty("boardId").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await mentee.GetAsync("/", Ct)).StatusCode);

        await outage.StartAsync();

        var page = await TimedAsync(() => mentee.GetAsync("/", Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("reach its database right now", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.NotNull(page.Headers.RetryAfter);

        var api = await TimedAsync(() => mentee.GetAsync("/api/v1/me", Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.True("application/problem+json" == api.Content.Headers.ContentType?.MediaType, await api.Content.ReadAsStringAsync(Ct));
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("The database is unavailable.", problem.GetProperty("title").GetString());

        var write = await TimedAsync(() => mentee.PostAsJsonAsync($"/api/v1/boards/{board}/tasks", new { title = "Written during the outage" }, Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);

        var health = await TimedAsync(() => app.Anonymous().GetAsync("/healthz", Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync(Ct));

        if (outage is PostgresOutage pg)
        {
            // Packets dropped instead of a refused connection: the connect timeout still answers in time.
            pg.Stall();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await TimedAsync(() => mentee.GetAsync("/", Ct))).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await TimedAsync(() => app.Anonymous().GetAsync("/healthz", Ct))).StatusCode);
        }

        await outage.EndAsync();

        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/healthz", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mentee.GetAsync("/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mentee.GetAsync("/api/v1/me", Ct)).StatusCode);
        var titles = (await mentee.GetFromJsonAsync<JsonElement>($"/api/v1/boards/{board}", Ct)).ToString();
        Assert.DoesNotContain("Written during the outage", titles, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await mentee.PostAsJsonAsync($"/api/v1/boards/{board}/tasks", new { title = "Written after the outage" }, Ct)).StatusCode);
    }

    private static async Task<HttpResponseMessage> TimedAsync(Func<Task<HttpResponseMessage>> request)
    {
        var clock = Stopwatch.StartNew();
        var response = await request();
        Assert.True(clock.Elapsed < Fast, $"{response.RequestMessage?.RequestUri} took {clock.Elapsed.TotalSeconds:0.0} s (status {(int)response.StatusCode}).");
        return response;
    }

    private abstract class Outage : IAsyncDisposable
    {
        public abstract string AppConnectionString { get; }

        public static Outage For(TestDatabase database) =>
            database.Provider == "Postgres" ? new PostgresOutage(database.ConnectionString) : new SqliteOutage(database.ConnectionString);

        public abstract Task StartAsync();

        public abstract Task EndAsync();

        public abstract ValueTask DisposeAsync();
    }

    /// <summary>
    /// A proxy between the app and the shared server: cutting it is what the app sees when PostgreSQL stops
    /// (connections drop, new ones are refused), without stopping a server other tests use.
    /// </summary>
    private sealed class PostgresOutage : Outage
    {
        private readonly TcpProxy proxy;

        public PostgresOutage(string connectionString)
        {
            var cs = new NpgsqlConnectionStringBuilder(connectionString);
            proxy = new TcpProxy(cs.Host!, cs.Port);
            cs.Host = "127.0.0.1";
            cs.Port = proxy.Port;
            AppConnectionString = cs.ConnectionString;
        }

        public override string AppConnectionString { get; }

        public override Task StartAsync() { proxy.Cut(); return Task.CompletedTask; }

        public void Stall() => proxy.Stall();

        public override Task EndAsync() { proxy.Restore(); return Task.CompletedTask; }

        public override ValueTask DisposeAsync() => proxy.DisposeAsync();
    }

    /// <summary>Another process (here a connection in exclusive locking mode) holds the database file.</summary>
    private sealed class SqliteOutage(string connectionString) : Outage
    {
        private SqliteConnection? holder;

        public override string AppConnectionString => connectionString;

        public override async Task StartAsync()
        {
            holder = new SqliteConnection(connectionString);
            await holder.OpenAsync(Ct);
            await using var lockIt = holder.CreateCommand();
            lockIt.CommandText = "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; SELECT COUNT(*) FROM \"__EFMigrationsHistory\"; COMMIT;";
            await lockIt.ExecuteNonQueryAsync(Ct);
        }

        public override async Task EndAsync()
        {
            if (holder is not null) await holder.DisposeAsync();
            holder = null;
        }

        public override ValueTask DisposeAsync() => new(EndAsync());
    }
}

/// <summary>Which failures count as "the database is unavailable" (503) rather than a bug (500), and the timeouts.</summary>
public sealed class DatabaseOutageClassificationTests
{
    [Fact]
    public void Connection_failures_and_server_shutdown_are_outages()
    {
        Assert.True(DatabaseOutage.IsOutage(new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111))));
        Assert.True(DatabaseOutage.IsOutage(new InvalidOperationException("wrapped", new TimeoutException())));
        Assert.True(DatabaseOutage.IsOutage(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")));
        Assert.True(DatabaseOutage.IsOutage(new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03")));
        Assert.True(DatabaseOutage.IsOutage(new SqliteException("database is locked", 5)));
        Assert.True(DatabaseOutage.IsOutage(new SqliteException("unable to open database file", 14)));
    }

    [Fact]
    public void Bugs_and_constraint_violations_are_not_outages()
    {
        Assert.False(DatabaseOutage.IsOutage(new InvalidOperationException("bug")));
        Assert.False(DatabaseOutage.IsOutage(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));
        Assert.False(DatabaseOutage.IsOutage(new PostgresException("syntax error", "ERROR", "ERROR", "42601")));
        Assert.False(DatabaseOutage.IsOutage(new SqliteException("UNIQUE constraint failed", 19)));
        Assert.False(DatabaseOutage.IsOutage(new SqliteException("no such table", 1)));
        Assert.Equal(500, DatabaseOutageHandler.StatusCodeFor(new InvalidOperationException("bug")));
        // A save that lost a race is a conflict the person can resolve by reloading, not a server error.
        Assert.Equal(409, DatabaseOutageHandler.StatusCodeFor(new Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException("stale")));
        Assert.Equal(503, DatabaseOutageHandler.StatusCodeFor(new SqliteException("database is locked", 5)));
    }

    [Fact]
    public void Short_timeouts_and_pool_settings_are_added_unless_the_connection_string_sets_its_own()
    {
        var pg = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithDefaults(new DatabaseOptions { Provider = Persistence.DatabaseProvider.Postgres, ConnectionString = "Host=db;Database=thrive" }));
        Assert.Equal(DatabaseSetup.ConnectTimeoutSeconds, pg.Timeout);
        Assert.Equal(DatabaseSetup.CommandTimeoutSeconds, pg.CommandTimeout);
        var own = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithDefaults(new DatabaseOptions { Provider = Persistence.DatabaseProvider.Postgres, ConnectionString = "Host=db;Timeout=20;Command Timeout=60" }));
        Assert.Equal(20, own.Timeout);
        Assert.Equal(60, own.CommandTimeout);
        // Pooled connections are not reset on return and keep their most used commands prepared, unless told otherwise.
        Assert.True(pg.NoResetOnClose);
        Assert.Equal(DatabaseSetup.AutoPreparedCommands, pg.MaxAutoPrepare);
        var plain = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithDefaults(new DatabaseOptions { Provider = Persistence.DatabaseProvider.Postgres, ConnectionString = "Host=db;No Reset On Close=false;Max Auto Prepare=0" }));
        Assert.False(plain.NoResetOnClose);
        Assert.Equal(0, plain.MaxAutoPrepare);

        var sqlite = new SqliteConnectionStringBuilder(DatabaseSetup.WithDefaults(new DatabaseOptions { ConnectionString = "Data Source=data/thrive.db" }));
        Assert.Equal(DatabaseSetup.ConnectTimeoutSeconds, sqlite.DefaultTimeout);
        Assert.Equal(30, new SqliteConnectionStringBuilder(DatabaseSetup.WithDefaults(new DatabaseOptions { ConnectionString = "Data Source=x.db;Default Timeout=30" })).DefaultTimeout);
    }
}
