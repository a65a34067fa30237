using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// Counts this app's writes to the database: every saved change, every command that is not a query (bulk
/// updates and deletes, raw SQL) and every committed transaction moves <see cref="Generation"/> on. A value read
/// from the database may be kept in memory together with the generation it was read at, and is good for as long as
/// the generation is the same (and, for writes made by another instance, for a short time; see
/// <see cref="Features.Activity.UnreadCounts"/>). One per app, added to every context the app makes
/// (<see cref="DatabaseSetup.AddThriveDatabase"/>).
/// </summary>
public sealed class DataChanges : ISaveChangesInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    private long generation;

    /// <summary>How many writes this app has made; read it before reading the value that is to be kept.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>Marks that something was written (or may have been).</summary>
    public void Noted() => Interlocked.Increment(ref generation);

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result) { if (result > 0) Noted(); return result; }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0) Noted();
        return ValueTask.FromResult(result);
    }

    // A failed save may have written part of its rows outside a transaction: count it too.
    public void SaveChangesFailed(DbContextErrorEventData eventData) => Noted();

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Noted();
        return Task.CompletedTask;
    }

    // A command that changed no rows (a background job's clean-up finding nothing) changes no value kept.
    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) { if (result > 0) Noted(); return result; }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0) Noted();
        return ValueTask.FromResult(result);
    }

    // What a transaction wrote becomes visible when it commits, after its saves were counted.
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Noted();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Noted();
        return Task.CompletedTask;
    }
}
