using Microsoft.EntityFrameworkCore;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>
/// Base of every web test class: a fresh database on the provider under test (scripts/test runs the
/// project once with THRIVE_TEST_PROVIDER=Sqlite and once with Postgres) and the real app on it.
/// </summary>
public abstract class WebTest : IAsyncLifetime
{
    private TestDatabase? database;
    private ThriveApp? app;

    protected virtual bool SeedDemo => true;

    protected ThriveApp App => app ?? throw new InvalidOperationException("Not started.");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The demo pair of <paramref name="menteeEmail"/> with its demo sessions, action items, private notes, plans,
    /// charters, feedback, checks and reflections removed, for tests that start a relationship from the beginning.
    /// </summary>
    protected Task<Guid> FreshPairAsync(string menteeEmail = "mentee@thrive.test") => App.WithDbAsync(async db =>
    {
        var pair = await db.Pairs.Where(p => p.MenteeId == db.Users.Single(u => u.Email == menteeEmail).Id).Select(p => p.Id).SingleAsync();
        var sessions = db.Sessions.Where(s => s.PairId == pair).Select(s => s.Id);
        await db.PrivateNotes.Where(n => sessions.Contains(n.SessionId)).ExecuteDeleteAsync();
        await db.ActionItems.Where(i => i.PairId == pair).ExecuteDeleteAsync();
        await db.Sessions.Where(s => s.PairId == pair).ExecuteDeleteAsync();
        await db.Plans.Where(p => p.PairId == pair).ExecuteDeleteAsync();
        await db.Charters.Where(c => c.PairId == pair).ExecuteDeleteAsync();
        await db.Feedback.Where(f => f.PairId == pair).ExecuteDeleteAsync();
        await db.MidpointChecks.Where(c => c.PairId == pair).ExecuteDeleteAsync();
        await db.ClosingReflections.Where(c => c.PairId == pair).ExecuteDeleteAsync();
        return pair;
    });

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        app = new ThriveApp(database, SeedDemo);
        _ = app.Server; // start: migrate and seed
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        if (database is not null) await database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
