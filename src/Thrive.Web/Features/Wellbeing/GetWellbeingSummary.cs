namespace Thrive.Web.Features.Wellbeing;

/// <summary>
/// A person's wellbeing at a glance, as of the reader's today. To the owner: this week's check-in (or that it is still to
/// do), the trend of the last weeks, the heavy-stretch signal with its explanation, and their sharing settings. To their
/// mentoring partner: the trend only if the owner shares the summary (numbers, never notes), and never the signal.
/// </summary>
public static class GetWellbeingSummary
{
    public const int Weeks = 12;

    public sealed record TrendWeek(DateOnly WeekStart, int Stress, int Energy, int Sleep, int Rest, int Workload, int WorkInProgress);

    public sealed record View(Guid OwnerId, string OwnerName, bool IsOwner, DateOnly Today, DateOnly ThisWeekStart, WellbeingCheckIn? ThisWeek,
        bool SummaryShared, bool WouldLikeSupport, IReadOnlyList<TrendWeek> Trend, HeavyStretch? Heavy)
    {
        /// <summary>The owner sees everything; their partner sees the trend only when it is shared.</summary>
        public bool ShowsTrend => IsOwner || SummaryShared;
    }

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid? ownerId, CancellationToken ct)
        {
            var found = await WellbeingOwner.FindAsync(places, access, actor, ownerId, ct);
            if (!found.Succeeded) return Result<View>.Fail(found.Errors);
            var o = found.Value!;
            var today = reader.Today;
            var thisWeek = WellbeingCheckIn.WeekOf(today);
            var journal = await db.WellbeingJournals.AsNoTracking().FirstOrDefaultAsync(j => j.OwnerId == o.OwnerId && j.ProgrammeId == o.ProgrammeId, ct);
            var shows = o.All || journal?.ShareSummary == true;
            var since = thisWeek.AddDays(-7 * (Weeks - 1));
            var recent = !shows ? [] : await db.WellbeingCheckIns.AsNoTracking()
                .Where(c => c.OwnerId == o.OwnerId && c.ProgrammeId == o.ProgrammeId && c.WeekStart >= since)
                .OrderBy(c => c.WeekStart).Take(Weeks).ToListAsync(ct);
            var name = await db.Users.Where(u => u.Id == o.OwnerId).Select(u => u.DisplayName).FirstAsync(ct);
            var trend = recent.Select(c => new TrendWeek(c.WeekStart, c.Stress, c.Energy, c.Sleep, c.Rest, c.Workload, c.WorkInProgress)).ToList();
            return new View(o.OwnerId, name, o.All, today, thisWeek, o.All ? recent.FirstOrDefault(c => c.WeekStart == thisWeek) : null,
                journal?.ShareSummary == true, o.All && journal?.WouldLikeSupport == true, trend,
                o.All ? WellbeingSignal.Heavy(recent.Select(c => c.ToPoint()), today) : null);
        }
    }
}
