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
    /// <param name="Tools">What the reader's own story tools added up to in this programme (never the partner's).</param>
    public sealed record View(PairFacts Pair, PairSide Viewer, Side Mine, Side Partner, IReadOnlyList<string> Missing, StayInTouch Agreed, bool CanWrite,
        IReadOnlyList<ToolItem> Tools)
    {
        public Side Mentee => Viewer == PairSide.Mentee ? Mine : Partner;
        public Side Mentor => Viewer == PairSide.Mentor ? Mine : Partner;
    }

    public sealed class Handler(ThriveDbContext db, Access access, StoryTools tools, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid pairId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Closing.Read, pairId, ct);
            if (grant.Denied is { } denied) return denied;
            var pair = await PairFacts.LoadAsync(db, pairId, ct);
            var mine = await ToolsAsync(tools, pair, actor.UserId, reader.Today, ct);
            return await LoadAsync(db, pair, grant.Side, actor.UserId, pair.State == PairState.Active && grant.May(Policy.Closing.Write), mine, ct);
        }
    }

    /// <summary>Both sides of a pair's closing as <paramref name="me"/> reads them (the journey shows them too).</summary>
    internal static async Task<View> LoadAsync(ThriveDbContext db, PairFacts pair, PairSide side, Guid me, bool canWrite, IReadOnlyList<ToolItem> tools, CancellationToken ct)
    {
        var rows = await db.ClosingReflections.AsNoTracking().Where(c => c.PairId == pair.Id).ToListAsync(ct);
        var (mine, theirs) = PairFacts.Sides(rows, c => c.AuthorId, me);
        Side S(ClosingReflection? c, string name) => new(name, c?.Answers ?? ClosingAnswers.Empty, c?.StayInTouch ?? StayInTouch.Undecided, c?.StayInTouchHow ?? "", c?.UpdatedAt);
        var (mentee, mentor) = side == PairSide.Mentee ? (mine, theirs) : (theirs, mine);
        return new View(pair, side, S(mine, "You"), S(theirs, pair.NameOf(pair.PartnerOf(me))), Closing.Missing(mentee, mentor), Closing.Agreed(mentee, mentor), canWrite, tools);
    }

    /// <summary>The reader's own story tools' summary for the programme of the pair.</summary>
    internal static Task<IReadOnlyList<ToolItem>> ToolsAsync(StoryTools tools, PairFacts pair, Guid me, DateOnly today, CancellationToken ct) =>
        tools.ItemsAsync(new ToolReader(me, pair.ProgrammeId, me, today), ToolItemPlace.Journey, ct);
}
