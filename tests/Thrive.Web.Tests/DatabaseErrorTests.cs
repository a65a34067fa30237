using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Commitments;
using Thrive.Domain.Programmes;
using Thrive.Domain.Reminders;
using Thrive.Persistence;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// Failed saves are told apart on the provider under test, from real violations: only a lost race (a unique key
/// taken first, a row changed since it was read) is a conflict; a broken foreign key is a bug and answers 500.
/// </summary>
public sealed class DatabaseErrorTests : IAsyncLifetime
{
    private readonly Sabotage sabotage = new();
    private TestDatabase? database;
    private SabotagedApp? app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SabotagedApp App => app!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        app = new SabotagedApp(database, sabotage);
        _ = app.Server;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        if (database is not null) await database.DisposeAsync();
    }

    [Fact]
    public async Task A_taken_unique_key_or_primary_key_is_a_unique_key_conflict()
    {
        var (userId, programmeId, _) = await MenteeWithCommitmentAsync("ada@example.com");

        var sameName = await FailedSaveAsync(db => db.Users.Add(new ThriveUser { Id = Guid.NewGuid(), UserName = "ada@example.com", NormalizedUserName = "ADA@EXAMPLE.COM", DisplayName = "Ada again" }));
        var sameId = await FailedSaveAsync(db =>
        {
            var twin = NewProgramme();
            db.Programmes.Add(twin);
            db.Entry(twin).Property(p => p.Id).CurrentValue = programmeId;
        });
        var sameKind = await FailedSaveAsync(db => db.ReminderOptOuts.AddRange(
            ReminderOptOut.For(userId, ReminderKind.AgendaDue, DateTimeOffset.UtcNow), ReminderOptOut.For(userId, ReminderKind.AgendaDue, DateTimeOffset.UtcNow)));

        foreach (var e in new[] { sameName, sameId, sameKind })
        {
            Assert.Equal(DatabaseFailure.UniqueKey, DatabaseErrors.Classify(e));
            Assert.True(e.IsConflict());
        }
    }

    [Fact]
    public async Task A_row_pointing_at_nothing_is_a_foreign_key_violation_and_not_a_conflict()
    {
        var e = await FailedSaveAsync(db => db.ReminderOptOuts.Add(ReminderOptOut.For(Guid.NewGuid(), ReminderKind.AgendaDue, DateTimeOffset.UtcNow)));
        Assert.Equal(DatabaseFailure.ForeignKey, DatabaseErrors.Classify(e));
        Assert.False(e.IsConflict());
        Assert.False(e.IsUniqueKeyViolation());
    }

    [Fact]
    public async Task A_row_changed_since_it_was_read_is_a_concurrency_conflict()
    {
        var (_, programmeId, _) = await MenteeWithCommitmentAsync("ada@example.com");
        using var first = App.Services.CreateScope();
        using var second = App.Services.CreateScope();
        var mine = await first.ServiceProvider.GetRequiredService<ThriveDbContext>().Programmes.SingleAsync(p => p.Id == programmeId, Ct);
        var theirs = await second.ServiceProvider.GetRequiredService<ThriveDbContext>().Programmes.SingleAsync(p => p.Id == programmeId, Ct);
        theirs.SetStatus(ProgrammeStatus.Running);
        await second.ServiceProvider.GetRequiredService<ThriveDbContext>().SaveChangesAsync(Ct);
        mine.SetStatus(ProgrammeStatus.IntakeOpen);

        var e = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.ServiceProvider.GetRequiredService<ThriveDbContext>().SaveChangesAsync(Ct));
        Assert.Equal(DatabaseFailure.Concurrency, DatabaseErrors.Classify(e));
        Assert.True(e.IsConflict());
    }

    [Fact]
    public async Task A_check_in_that_another_tab_saved_first_answers_409_already_checked_in()
    {
        var (_, _, commitment) = await MenteeWithCommitmentAsync("ada@example.com");
        var client = await App.SignedInAsync("ada@example.com");
        // The other tab's check-in for the same day lands between this one's read and its insert.
        sabotage.Next = async db =>
        {
            var entry = db.ChangeTracker.Entries<CheckIn>().Single(x => x.State == EntityState.Added);
            var twin = (CheckIn)entry.CurrentValues.ToObject();
            using var scope = App.Services.CreateScope();
            var other = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
            other.CheckIns.Add(twin);
            other.Entry(twin).Property(c => c.Id).CurrentValue = Guid.NewGuid();
            await other.SaveChangesAsync(Ct);
        };

        var r = await client.PostAsJsonAsync($"/api/v1/commitments/{commitment}/check-ins", new { date = Today(), value = 1 }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("already checked in", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Null(sabotage.Next);
        Assert.Equal(1, await App.WithDbAsync(db => db.CheckIns.CountAsync(c => c.CommitmentId == commitment)));
    }

    [Fact]
    public async Task A_check_in_that_breaks_a_foreign_key_is_a_server_error_not_a_conflict()
    {
        var (_, _, commitment) = await MenteeWithCommitmentAsync("ada@example.com");
        var client = await App.SignedInAsync("ada@example.com");
        // A bug: the row points at a commitment that does not exist.
        sabotage.Next = db =>
        {
            db.ChangeTracker.Entries<CheckIn>().Single(x => x.State == EntityState.Added).Property(c => c.CommitmentId).CurrentValue = Guid.NewGuid();
            return Task.CompletedTask;
        };

        var r = await client.PostAsJsonAsync($"/api/v1/commitments/{commitment}/check-ins", new { date = Today(), value = 1 }, Ct);
        Assert.Equal(HttpStatusCode.InternalServerError, r.StatusCode);
        Assert.Null(sabotage.Next);
        Assert.Equal(0, await App.WithDbAsync(db => db.CheckIns.CountAsync()));
    }

    private string Today() => DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Programme NewProgramme() =>
        Programme.Create(new ProgrammeDetails("Spring cohort", null, new DateOnly(2026, 3, 2), 12, SessionCadence.Weekly), DateTimeOffset.UtcNow).Value!;

    /// <summary>Makes the change in a fresh context and returns how its save failed.</summary>
    private async Task<DbUpdateException> FailedSaveAsync(Action<ThriveDbContext> change)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
        change(db);
        return await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }

    /// <summary>A person who can sign in, a programme and one yes/no commitment of theirs in it.</summary>
    private async Task<(Guid User, Guid Programme, Guid Commitment)> MenteeWithCommitmentAsync(string email)
    {
        using var scope = App.Services.CreateScope();
        var user = new ThriveUser { Id = Guid.NewGuid(), UserName = email, Email = email, DisplayName = "Ada", EmailConfirmed = true, TimeZone = "UTC" };
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<ThriveUser>>().CreateAsync(user, ThriveApp.Password)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
        var programme = NewProgramme();
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        var commitment = Commitment.Create(programme.Id, user.Id, new CommitmentDetails(CommitmentForm.ImplementationIntention,
            "write one test first", "Monday 09:00", "at my desk", null, 1, HabitPeriod.Week, CommitmentKind.YesNo), today, today, DateTimeOffset.UtcNow).Value!;
        db.Programmes.Add(programme);
        db.Commitments.Add(commitment);
        await db.SaveChangesAsync(Ct);
        return (user.Id, programme.Id, commitment.Id);
    }

    /// <summary>Runs one change on the app's next save, just before it is sent: how a race or a bug looks from inside.</summary>
    private sealed class Sabotage : SaveChangesInterceptor
    {
        public Func<DbContext, Task>? Next { get; set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Next is { } change && eventData.Context is { } db && db.ChangeTracker.Entries<CheckIn>().Any(x => x.State == EntityState.Added))
            {
                Next = null;
                await change(db);
            }
            return result;
        }
    }

    private sealed class SabotagedApp(TestDatabase database, Sabotage sabotage) : ThriveApp(database, seed: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<IInterceptor>(sabotage));
        }
    }
}
