using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Features.Relationship;

/// <summary>
/// Closing the relationship: each member's debrief and reflective exercise, the mentor's roadmap, the stay-in-touch
/// decision, and what is still missing before the pair can complete. Both members read both sides.
/// </summary>
public static class GetClosing
{
    public sealed record Side(string Name, ClosingAnswers Answers, StayInTouch StayInTouch, string How, DateTimeOffset? UpdatedAt);

    /// <summary><see cref="CanWrite"/>: the reader may still write and complete (the pair is active); otherwise the closing reads as it was left.</summary>
    public sealed record View(PairFacts Pair, PairSide Viewer, Side Mine, Side Partner, IReadOnlyList<string> Missing, StayInTouch Agreed, bool CanWrite)
    {
        public Side Mentee => Viewer == PairSide.Mentee ? Mine : Partner;
        public Side Mentor => Viewer == PairSide.Mentor ? Mine : Partner;
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid pairId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Closing.Read, pairId, ct);
            if (grant.Denied is { } denied) return denied;
            var pair = await PairFacts.LoadAsync(db, pairId, ct);
            return await LoadAsync(db, pair, grant.Side, actor.UserId, pair.State == PairState.Active && grant.May(Policy.Closing.Write), ct);
        }
    }

    /// <summary>Both sides of a pair's closing as <paramref name="me"/> reads them (the journey shows them too).</summary>
    internal static async Task<View> LoadAsync(ThriveDbContext db, PairFacts pair, PairSide side, Guid me, bool canWrite, CancellationToken ct)
    {
        var rows = await db.ClosingReflections.AsNoTracking().Where(c => c.PairId == pair.Id).ToListAsync(ct);
        var (mine, theirs) = PairFacts.Sides(rows, c => c.AuthorId, me);
        Side S(ClosingReflection? c, string name) => new(name, c?.Answers ?? ClosingAnswers.Empty, c?.StayInTouch ?? StayInTouch.Undecided, c?.StayInTouchHow ?? "", c?.UpdatedAt);
        var (mentee, mentor) = side == PairSide.Mentee ? (mine, theirs) : (theirs, mine);
        return new View(pair, side, S(mine, "You"), S(theirs, pair.NameOf(pair.PartnerOf(me))), Closing.Missing(mentee, mentor), Closing.Agreed(mentee, mentor), canWrite);
    }
}
