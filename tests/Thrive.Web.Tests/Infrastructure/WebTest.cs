namespace Thrive.Web.Tests.Infrastructure;

/// <summary>
/// Base of every web test class: a fresh, empty database on the provider under test (scripts/test runs the
/// project once with THRIVE_TEST_PROVIDER=Sqlite and once with Postgres) and the real app on it.
/// </summary>
public abstract class WebTest : IAsyncLifetime
{
    private TestDatabase? database;
    private ThriveApp? app;

    /// <summary>Whether the app starts with the demo programme. Tests build their own data with <see cref="Given"/>; only tests of the demo itself seed it.</summary>
    protected virtual bool SeedDemo => false;

    /// <summary>Settings of the app under test beyond the test defaults (Thrive:Webhooks:AllowPrivateNetworks, say).</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    protected ThriveApp App => app ?? throw new InvalidOperationException("Not started.");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        app = new ThriveApp(database, SeedDemo, settings: Settings);
        _ = app.Server; // start: migrate and seed
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        if (database is not null) await database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
