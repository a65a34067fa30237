using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Features.Agreements;

/// <summary>Both relationship charters of a pair: the reader's own to fill in, and their partner's to read.</summary>
public static class GetCharters
{
    public sealed record View(Guid PairId, string PartnerName, CharterAnswers Mine, DateTimeOffset? MineUpdated, CharterAnswers Theirs,
        DateTimeOffset? TheirsUpdated, bool CanWrite);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid pairId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Agreement.Read, pairId, ct);
            if (grant.Denied is { } denied) return denied;
            var pair = await PairFacts.LoadAsync(db, pairId, ct);
            var charters = await db.Charters.AsNoTracking().Where(c => c.PairId == pairId).ToListAsync(ct);
            var (mine, theirs) = PairFacts.Sides(charters, c => c.AuthorId, actor.UserId);
            return new View(pairId, pair.NameOf(pair.PartnerOf(actor.UserId)), mine?.Answers ?? CharterAnswers.Empty, mine?.UpdatedAt,
                theirs?.Answers ?? CharterAnswers.Empty, theirs?.UpdatedAt, grant.May(Policy.Agreement.Write));
        }
    }
}
