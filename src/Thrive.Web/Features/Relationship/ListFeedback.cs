using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Features.Relationship;

/// <summary>
/// Situation-Impact-Action feedback between the two members of a pair, both ways, newest first, 20 a page. Private to
/// the pair: coordinators and admins do not read it.
/// </summary>
public static class ListFeedback
{
    public const int PageSize = 20;

    public sealed record Item(Guid Id, bool FromMe, string GiverName, FeedbackKind Kind, string Situation, string Impact, string Action,
        DateTimeOffset GivenAt, DateTimeOffset? AcknowledgedAt, string Reply, DateTimeOffset? RepliedAt);

    /// <summary><see cref="CanGive"/> and <see cref="Answerable"/> (the items the reader may still acknowledge or reply to) hold while the pair is active.</summary>
    public sealed record View(PairFacts Pair, string PartnerName, bool CanGive, IReadOnlySet<Guid> Answerable, Page<Item> Items);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid pairId, int? page, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Feedback.Read, pairId, ct);
            if (grant.Denied is { } denied) return denied;
            var pair = await PairFacts.LoadAsync(db, pairId, ct);
            var request = PageRequest.Of(page, PageSize);
            var query = db.Feedback.AsNoTracking().Where(f => f.PairId == pairId);
            var total = await query.CountAsync(ct);
            var me = actor.UserId;
            var partner = pair.NameOf(pair.PartnerOf(me));
            var items = await query.OrderByDescending(f => f.GivenAt).ThenBy(f => f.Id).Skip(request.Skip).Take(request.Size)
                .Select(f => new Item(f.Id, f.GiverId == me, "", f.Kind, f.Situation, f.Impact, f.Action, f.GivenAt, f.AcknowledgedAt, f.Reply, f.RepliedAt))
                .ToListAsync(ct);
            items = items.Select(i => i with { GiverName = i.FromMe ? "You" : partner }).ToList();
            var active = pair.State == PairState.Active;
            // What was given to the reader is theirs to answer (Policy.Feedback.Answer: the receiver), once.
            var answerable = items.Where(i => active && !i.FromMe && i.RepliedAt is null).Select(i => i.Id).ToHashSet();
            return new View(pair, partner, active && grant.May(Policy.Feedback.Give), answerable, new Page<Item>(items, request.Number, request.Size, total));
        }
    }
}
