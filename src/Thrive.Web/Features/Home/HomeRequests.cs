using System.Globalization;

namespace Thrive.Web.Features.Home;

/// <summary>
/// Mentee-choice requests on the home page, read from the database (Home never calls Matching): a mentor's next step
/// for requests waiting for their answer, a mentee's requests and where each stands, and a coordinator's requests
/// waiting past the limit or mentees with no mentor left. One query each, whatever the amounts.
/// </summary>
public static class HomeRequests
{
    /// <summary>One of a mentee's requests as the home page says it.</summary>
    public sealed record MenteeLine(Guid ProgrammeId, string MentorName, MentorRequestState State, int Rank, string Text);

    /// <summary>What a coordinator should look at in one programme.</summary>
    public sealed record CoordinatorCounts(int Overdue, int NoMentorLeft);

    /// <summary>"N mentees asked you to mentor them", per programme, the most urgent (fewest days left) first.</summary>
    public static async Task<IReadOnlyList<HomeStep>> MentorStepsAsync(ThriveDbContext db, Guid me, DateTimeOffset now, CancellationToken ct)
    {
        var pending = await db.MentorRequests.AsNoTracking().Where(r => r.MentorId == me && r.State == MentorRequestState.Pending && r.SentAt != null)
            .Select(r => new
            {
                r.ProgrammeId, SentAt = r.SentAt!.Value,
                Days = db.MatchingSettings.Where(s => s.ProgrammeId == r.ProgrammeId).Select(s => (int?)s.PassOnDays).FirstOrDefault() ?? MatchingSettings.PassOnDaysDefault,
            })
            .OrderBy(r => r.SentAt).Take(50).ToListAsync(ct);
        return pending.GroupBy(r => r.ProgrammeId).Select(g =>
        {
            var n = g.Count();
            var left = g.Min(r => MentorChoice.DaysLeft(r.SentAt, r.Days, now));
            var when = left <= 1 ? "within a day" : $"in {left.ToString(CultureInfo.InvariantCulture)} days";
            return new HomeStep(
                (n == 1 ? "1 mentee asked you to mentor them" : $"{n.ToString(CultureInfo.InvariantCulture)} mentees asked you to mentor them")
                + $": accept, or decline with a reason. Without an answer, the {(n == 1 ? "request passes" : "first request passes")} to their next choice {when}.",
                $"/Programmes/{g.Key}/MentorRequests#received-title", n == 1 ? "Answer the request" : "Answer the requests", left <= 1 ? 98 : 85);
        }).ToList();
    }

    /// <summary>The mentee's requests that are open or ended in the last fortnight, newest first.</summary>
    public static async Task<IReadOnlyList<MenteeLine>> MenteeLinesAsync(ThriveDbContext db, Guid me, DateTimeOffset now, string timeZone, CancellationToken ct)
    {
        var since = now.AddDays(-14);
        var rows = await db.MentorRequests.AsNoTracking()
            .Where(r => r.MenteeId == me && (r.State == MentorRequestState.Queued || r.State == MentorRequestState.Pending || r.ClosedAt >= since))
            .Join(db.Users, r => r.MentorId, u => u.Id, (r, u) => new
            {
                r.ProgrammeId, u.DisplayName, r.State, r.Rank, r.SentAt, r.ClosedAt, r.Answer, r.RequestedAt,
                Days = db.MatchingSettings.Where(s => s.ProgrammeId == r.ProgrammeId).Select(s => (int?)s.PassOnDays).FirstOrDefault() ?? MatchingSettings.PassOnDaysDefault,
            })
            .OrderByDescending(r => r.RequestedAt).Take(10).ToListAsync(ct);
        return rows.OrderBy(r => r.State is MentorRequestState.Queued or MentorRequestState.Pending ? r.Rank : 10).Select(r => new MenteeLine(r.ProgrammeId, r.DisplayName, r.State, r.Rank, r.State switch
        {
            MentorRequestState.Pending when r.SentAt is { } sent =>
                $"with {r.DisplayName} since {Day(sent, timeZone)}; it passes to your next choice {(MentorChoice.DaysLeft(sent, r.Days, now) is var left && left <= 1 ? "within a day" : $"in {left} days")} without an answer",
            MentorRequestState.Queued => $"choice {r.Rank.ToString(CultureInfo.InvariantCulture)}, {r.DisplayName}: waiting its turn",
            MentorRequestState.Accepted => $"{r.DisplayName} accepted on {Day(r.ClosedAt, timeZone)}: your pair is proposed",
            MentorRequestState.Declined => $"{r.DisplayName} declined on {Day(r.ClosedAt, timeZone)} and it passed on: \u201c{r.Answer}\u201d",
            MentorRequestState.Unanswered => $"{r.DisplayName} did not answer in {r.Days.ToString(CultureInfo.InvariantCulture)} days; it passed to your next choice on {Day(r.ClosedAt, timeZone)}",
            MentorRequestState.Withdrawn => $"to {r.DisplayName}: you withdrew it",
            _ => $"to {r.DisplayName}: closed" + (r.Answer is null ? "" : $" (\u201c{r.Answer}\u201d)"),
        })).ToList();
    }

    /// <summary>Per coordinated programme: requests still waiting past the limit, and mentees whose every choice passed on or declined.</summary>
    public static async Task<IReadOnlyDictionary<Guid, CoordinatorCounts>> CoordinatorCountsAsync(ThriveDbContext db, IReadOnlyList<Guid> programmeIds, DateTimeOffset now, CancellationToken ct)
    {
        if (programmeIds.Count == 0) return new Dictionary<Guid, CoordinatorCounts>();
        var soonest = now.AddDays(-MatchingSettings.PassOnDaysMin);
        var waiting = await db.MentorRequests.AsNoTracking()
            .Where(r => programmeIds.Contains(r.ProgrammeId) && r.State == MentorRequestState.Pending && r.SentAt != null && r.SentAt <= soonest)
            .Select(r => new
            {
                r.ProgrammeId, SentAt = r.SentAt!.Value,
                Days = db.MatchingSettings.Where(s => s.ProgrammeId == r.ProgrammeId).Select(s => (int?)s.PassOnDays).FirstOrDefault() ?? MatchingSettings.PassOnDaysDefault,
            })
            .OrderBy(r => r.SentAt).Take(500).ToListAsync(ct);
        var stranded = await db.MentorRequests.AsNoTracking()
            .Where(r => programmeIds.Contains(r.ProgrammeId) && (r.State == MentorRequestState.Unanswered || r.State == MentorRequestState.Declined)
                && !db.MentorRequests.Any(o => o.ProgrammeId == r.ProgrammeId && o.MenteeId == r.MenteeId
                    && (o.State == MentorRequestState.Queued || o.State == MentorRequestState.Pending || o.State == MentorRequestState.Accepted))
                && !db.Pairs.Any(p => p.ProgrammeId == r.ProgrammeId && p.MenteeId == r.MenteeId && (p.State == PairState.Proposed || p.State == PairState.Active)))
            .Select(r => new { r.ProgrammeId, r.MenteeId }).Distinct()
            .OrderBy(r => r.ProgrammeId).ThenBy(r => r.MenteeId).Take(1000).ToListAsync(ct);
        return programmeIds.ToDictionary(id => id, id => new CoordinatorCounts(
            waiting.Count(w => w.ProgrammeId == id && now - w.SentAt >= TimeSpan.FromDays(w.Days)), stranded.Count(s => s.ProgrammeId == id)));
    }

    /// <summary>The day of an instant in the reader's time zone.</summary>
    private static string Day(DateTimeOffset? at, string timeZone) =>
        at is { } a ? TimeZoneInfo.ConvertTime(a, TimeZones.Find(timeZone)).ToString("d MMM", CultureInfo.InvariantCulture) : "";
}
