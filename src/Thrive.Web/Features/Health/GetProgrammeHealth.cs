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
        Page<PairHealthReader.PairHealthRow> Pairs);

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
            return new View(programmeId, name, reader.Today, counts, new Page<PairHealthReader.PairHealthRow>(shown, page.Number, page.Size, rows.Count));
        }
    }
}
