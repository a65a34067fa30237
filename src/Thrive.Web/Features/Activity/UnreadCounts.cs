using System.Collections.Concurrent;

namespace Thrive.Web.Features.Activity;

/// <summary>
/// The navigation's unread counts, kept per reader between pages. Counting is one ten-source SQL command that costs
/// a page about 1 to 2 ms at 10,000 participants, on every page (docs/performance.md); a count is reused while this
/// app has written nothing since (<see cref="DataChanges.Generation"/>) and it is younger than
/// <see cref="ActivityOptions.UnreadCountSeconds"/>, which bounds how late a write by another instance shows.
/// </summary>
public sealed class UnreadCounts(IOptions<ThriveOptions> options, DataChanges changes, TimeProvider clock)
{
    /// <summary>At most this many readers are kept; past it the store starts again (a count is cheap to make again).</summary>
    public const int MaxReaders = 50_000;

    private readonly record struct Entry(int Count, long Generation, DateTimeOffset At);

    private readonly ConcurrentDictionary<Guid, Entry> entries = new();
    private readonly TimeSpan lifetime = TimeSpan.FromSeconds(Math.Max(0, options.Value.Activity.UnreadCountSeconds));

    /// <summary>The reader's count: kept, or counted by <paramref name="count"/> and kept.</summary>
    public async Task<int> GetAsync(Guid reader, Func<CancellationToken, Task<int>> count, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(count);
        if (lifetime == TimeSpan.Zero) return await count(ct);
        // The generation is read before counting: a write that lands while counting makes this count old at once.
        var generation = changes.Generation;
        // The app's clock, so a count also ages when the clock is moved on (and never outlives a clock set back).
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(reader, out var e) && e.Generation == generation && now >= e.At && now - e.At < lifetime) return e.Count;
        var n = await count(ct);
        if (entries.Count >= MaxReaders) entries.Clear();
        entries[reader] = new Entry(n, generation, now);
        return n;
    }
}
