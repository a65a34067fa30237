using System.Data.Common;

namespace Thrive.Persistence;

/// <summary>Why a save failed, told apart the same way on every provider.</summary>
public enum DatabaseFailure
{
    /// <summary>Another save took the same unique key first (two tabs adding the same day's check-in).</summary>
    UniqueKey,
    /// <summary>A row points at one that does not exist: a bug, never the user's doing.</summary>
    ForeignKey,
    /// <summary>The row changed after it was read (its concurrency token moved on).</summary>
    Concurrency,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>
/// The one place that reads the providers' error codes. Only a lost race is a conflict (409): a concurrency token
/// that moved on, or a unique key another save took first. Anything else, a foreign-key violation included, is a
/// bug, so handlers let it surface as an exception (500) instead of telling the person to try again.
/// </summary>
/// <remarks>
/// This project references EF Core Relational and neither provider, and takes neither on only to read error
/// codes. PostgreSQL's SQLSTATE arrives through ADO.NET's own <see cref="DbException.SqlState"/>, which Npgsql
/// fills. SQLite's extended result code is on no base type, so it is read from Microsoft.Data.Sqlite's exception
/// by name; the tests provoke each failure on both providers, so a rename would fail there first.
/// </remarks>
public static class DatabaseErrors
{
    private const string SqliteException = "Microsoft.Data.Sqlite.SqliteException";

    public static DatabaseFailure Classify(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is DbUpdateConcurrencyException) return DatabaseFailure.Concurrency;
        if (exception.InnerException is not DbException db) return DatabaseFailure.Other;
        if (db.SqlState is { } state)
        {
            return state switch
            {
                "23505" => DatabaseFailure.UniqueKey, // unique_violation
                "23503" => DatabaseFailure.ForeignKey, // foreign_key_violation
                _ => DatabaseFailure.Other,
            };
        }
        if (db.GetType().FullName != SqliteException) return DatabaseFailure.Other;
        return db.GetType().GetProperty("SqliteExtendedErrorCode")?.GetValue(db) switch
        {
            2067 or 1555 => DatabaseFailure.UniqueKey, // SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY
            787 => DatabaseFailure.ForeignKey, // SQLITE_CONSTRAINT_FOREIGNKEY
            _ => DatabaseFailure.Other,
        };
    }

    /// <summary>A lost race the person can resolve by reloading: a unique key taken first, or a concurrency token moved on.</summary>
    public static bool IsConflict(this DbUpdateException exception) =>
        Classify(exception) is DatabaseFailure.UniqueKey or DatabaseFailure.Concurrency;

    /// <summary>Another save took the same unique key first.</summary>
    public static bool IsUniqueKeyViolation(this DbUpdateException exception) => Classify(exception) == DatabaseFailure.UniqueKey;

    /// <summary>
    /// Inserts one row whose unique key says "this was done" (a claim, an outbox message), and saves it alone; false when
    /// another instance inserted the same key first. The row is detached afterwards either way, so a lost race leaves
    /// nothing pending on the context.
    /// </summary>
    public static async Task<bool> InsertOnceAsync<T>(this DbContext db, T row, CancellationToken ct) where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
        {
            return false;
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }
}
