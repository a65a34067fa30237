using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Thrive.Persistence;

/// <summary>
/// Databases made before the development migrations were squashed into one <c>Baseline</c> per provider (nothing
/// had been released). A database made by all of the old migrations has exactly the schema Baseline creates (the
/// tests compare them), so it is adopted: Baseline is recorded as applied instead of creating the tables again.
/// One whose history stops earlier cannot be brought up to date and is refused with what to do.
/// </summary>
public static class PreBaselineDatabases
{
    /// <summary>The last migration before the squash; each provider's ids carried their own timestamp.</summary>
    public static readonly IReadOnlySet<string> LastOldMigrations = new HashSet<string>(StringComparer.Ordinal)
    {
        "20261129051806_FeedbackGivenAtIndex", // SQLite
        "20261129051817_FeedbackGivenAtIndex", // PostgreSQL
    };

    /// <summary>
    /// Records Baseline as applied when the history ends with the old migrations; refuses an older partial history.
    /// Run it under the start-up migration lock, before migrating. Returns whether the database was adopted.
    /// </summary>
    public static async Task<bool> AdoptAsync(ThriveDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var history = db.GetService<IHistoryRepository>();
        // SQLite begins this as BEGIN IMMEDIATE: a second instance starting at once waits here, then reads Baseline.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await history.ExistsAsync(ct)) return false; // a new database: Baseline creates it
        var applied = (await history.GetAppliedMigrationsAsync(ct)).Select(r => r.MigrationId).ToList();
        var baseline = db.Database.GetMigrations().First();
        if (applied.Count == 0 || applied.Contains(baseline, StringComparer.Ordinal)) return false;
        if (!applied.Any(LastOldMigrations.Contains))
        {
            throw new InvalidOperationException(
                $"This database was made by an early development build of Thrive: its migration history stops at '{applied.Max(StringComparer.Ordinal)}'. " +
                "Those migrations were squashed into one baseline before the first release, and only a database made by all of them can be adopted. " +
                "Back up the database if it holds anything you need, then delete it (or point Thrive at a new, empty database) and start Thrive again to create it. " +
                "See docs/operators.md, \"Upgrades\".");
        }
        // The old rows stay: they say where this database came from and EF Core ignores ids it does not know.
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
