namespace Thrive.Web.Features.Pairs;

/// <summary>A programme's pairs for those who run it: active first, then proposed, then ended; paged.</summary>
public static class ListPairs
{
    public sealed record Row(Guid Id, string MentorName, string MenteeName, PairState State, DateTimeOffset ProposedAt);

    /// <summary>The rows of one page, for a caller that has checked <see cref="Policy.Pair.List"/> itself (the programme's page).</summary>
    public static async Task<Page<Row>> PageAsync(ThriveDbContext db, Guid programmeId, PageRequest page, CancellationToken ct)
    {
        var q = db.Pairs.Where(x => x.ProgrammeId == programmeId);
        var total = await q.CountAsync(ct);
        var items = await q
            .OrderBy(x => x.State == PairState.Active ? 0 : x.State == PairState.Proposed ? 1 : 2).ThenBy(x => x.Id)
            .Skip(page.Skip).Take(page.Size)
            .Select(x => new Row(x.Id,
                db.Users.Where(u => u.Id == x.MentorId).Select(u => u.DisplayName).First(),
                db.Users.Where(u => u.Id == x.MenteeId).Select(u => u.DisplayName).First(),
                x.State, x.ProposedAt))
            .ToListAsync(ct);
        return new Page<Row>(items, page.Number, page.Size, total);
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Page<Row>>> HandleAsync(Actor actor, Guid programmeId, PageRequest page, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Pair.List, programmeId, ct)).Denied is { } denied) return denied;
            return await PageAsync(db, programmeId, page, ct);
        }
    }
}
