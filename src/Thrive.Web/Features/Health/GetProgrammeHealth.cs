namespace Thrive.Web.Features.Health;

/// <summary>
/// The coordinator's view of a programme's pairs: how many are on track, to watch and at risk, then every active
/// pair with its status, reasons in plain words, dates and the steps already taken; at-risk pairs first, the
/// longest quiet first within a status, a page at a time (the counts are over every pair).
/// </summary>
public static class GetProgrammeHealth
{
    public sealed record StatusCount(HealthStatus Status, string Title, int Pairs);

    public sealed record View(Guid ProgrammeId, string ProgrammeName, DateOnly Today, IReadOnlyList<StatusCount> Counts,
        Page<PairHealthReader.PairHealthRow> Pairs, IReadOnlyList<ProposedPair> Proposed, int ProposedCount);

    /// <summary>A pair confirmed from matching or made by hand that has not started yet: health begins when it is activated.</summary>
    public sealed record ProposedPair(Guid PairId, string MenteeName, string MentorName, DateTimeOffset ProposedAt);

    /// <summary>The proposed pairs listed, the longest waiting first; the rest are on the programme page.</summary>
    public const int ProposedShown = 50;

    private static readonly HealthStatus[] Order = [HealthStatus.AtRisk, HealthStatus.Watch, HealthStatus.OnTrack];

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, PairHealthReader health)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid programmeId, PageRequest page, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Health.Read, programmeId, ct)).Denied is { } denied) return denied;
            var name = await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Name).FirstAsync(ct);
            var rows = (await health.ForAsync([programmeId], reader.UtcNow, reader.Today, ct))
                .OrderByDescending(r => r.Status).ThenByDescending(r => r.Health.DaysQuiet).ThenBy(r => r.MenteeName, StringComparer.CurrentCulture).ToList();
            var counts = Order.Select(s => new StatusCount(s, PairHealth.Title(s), rows.Count(r => r.Status == s))).ToList();
            var shown = rows.Skip(page.Skip).Take(page.Size).ToList();
            var proposed = db.Pairs.AsNoTracking().Where(p => p.ProgrammeId == programmeId && p.State == PairState.Proposed);
            var proposedCount = await proposed.CountAsync(ct);
            var waiting = proposedCount == 0 ? [] : await (
                    from p in proposed
                    join e in db.Users on p.MenteeId equals e.Id
                    join m in db.Users on p.MentorId equals m.Id
                    orderby p.ProposedAt, p.Id
                    select new ProposedPair(p.Id, e.DisplayName, m.DisplayName, p.ProposedAt))
                .Take(ProposedShown).ToListAsync(ct);
            return new View(programmeId, name, reader.Today, counts, new Page<PairHealthReader.PairHealthRow>(shown, page.Number, page.Size, rows.Count),
                waiting, proposedCount);
        }
    }
}
