namespace Thrive.Web.Features.Commitments;

/// <summary>
/// Keeps a goal's measure in step with the commitment that feeds it: the measure values the commitment wrote are
/// brought in line with its check-ins (added, changed, removed), tracked on the caller's context so that the check-in
/// and its measure are saved together. Pages that read a goal's measure need not know where a value came from.
/// </summary>
public sealed class GoalFeedSync(ThriveDbContext db)
{
    /// <summary>One check-in a day: ten years of a daily habit at most.</summary>
    public const int HistoryLimit = 3_700;

    public Task<List<CheckIn>> CheckInsAsync(Guid commitmentId, CancellationToken ct) =>
        db.CheckIns.AsNoTracking().Where(x => x.CommitmentId == commitmentId).OrderByDescending(x => x.Date).Take(HistoryLimit).ToListAsync(ct);

    /// <summary>Stages the changes to the measure values <paramref name="c"/> writes, given all its check-ins; the caller saves once.</summary>
    public async Task StageAsync(Commitment c, IEnumerable<CheckIn> checkIns, Guid actorId, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(c);
        var written = await db.MeasureEntries.Where(m => m.CommitmentId == c.Id).OrderBy(m => m.Date).Take(HistoryLimit).ToListAsync(ct);
        var wanted = new Dictionary<DateOnly, GoalPoint>();
        if (c.GoalId is { } goalId && c.Feed != GoalFeed.None)
        {
            var baseline = await db.Goals.Where(g => g.Id == goalId).Select(g => g.Smart.Baseline).FirstOrDefaultAsync(ct);
            wanted = HabitStats.GoalPoints(c, baseline, checkIns).ToDictionary(p => p.Date);
        }
        foreach (var m in written)
        {
            if (m.GoalId == c.GoalId && wanted.Remove(m.Date, out var p)) m.Follow(p.Value, p.Note, now);
            else db.MeasureEntries.Remove(m);
        }
        foreach (var p in wanted.Values)
            db.MeasureEntries.Add(MeasureEntry.FromCommitment(c.GoalId!.Value, c.Id, p.Date, p.Value, p.Note, actorId, now));
    }
}
