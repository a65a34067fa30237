using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Pairs;
using Thrive.Domain.Relationship;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;
using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Features.Relationship;

/// <summary>
/// Closing the relationship: each member's debrief and reflective exercise, the mentor's roadmap, the stay-in-touch
/// decision, and completing the pair once all of it is there. Coordinators learn only the outcome.
/// </summary>
public static class ClosePair
{
    public sealed record Side(string Name, ClosingAnswers Answers, StayInTouch StayInTouch, string How, DateTimeOffset? UpdatedAt);

    public sealed record View(PairFacts Pair, PairSide Viewer, Side Mine, Side Partner, IReadOnlyList<string> Missing, StayInTouch Agreed)
    {
        public bool ReadOnly => Pair.State != PairState.Active;
        public Side Mentee => Viewer == PairSide.Mentee ? Mine : Partner;
        public Side Mentor => Viewer == PairSide.Mentor ? Mine : Partner;
    }

    /// <summary>What a coordinator (or the pair page) may show of a closing: the outcome, never the reflections.</summary>
    public sealed record Outcome(StayInTouch Agreed, DateTimeOffset? CompletedAt);

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock)
    {
        public async Task<Result<View>> GetAsync(Actor actor, Guid pairId, CancellationToken ct)
        {
            var (denied, a) = await access.CheckPairMemberAsync(actor, pairId, ct);
            if (denied is not null) return denied;
            var pair = await PairFacts.LoadAsync(db, pairId, ct);
            var rows = await db.ClosingReflections.AsNoTracking().Where(c => c.PairId == pairId).ToListAsync(ct);
            return Build(pair, a.Side, actor.UserId, rows);
        }

        public async Task<Result<Unit>> SaveAsync(Actor actor, Guid pairId, ClosingAnswers answers, StayInTouch stay, string? how, CancellationToken ct)
        {
            var (denied, a) = await access.CheckPairMemberAsync(actor, pairId, ct);
            if (denied is not null) return denied;
            var pair = await PairFacts.LoadAsync(db, pairId, ct);
            if (pair.RefuseUnlessActive() is { } ended) return ended;
            if (a.Side == PairSide.Mentee) answers = answers with { NextSteps = "", Resources = "", Milestones = "" }; // the roadmap is the mentor's
            var mine = await db.ClosingReflections.FirstOrDefaultAsync(c => c.PairId == pairId && c.AuthorId == actor.UserId, ct);
            if (mine is null) { mine = ClosingReflection.Start(pairId, actor.UserId); db.ClosingReflections.Add(mine); }
            var r = mine.Save(answers, stay, how, clock.GetUtcNow());
            if (!r.Succeeded) return r;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsConflict()) { return Error.Conflict("You saved this from another window at the same moment. Reload and try again."); }
            return r;
        }

        /// <summary>Either member completes the pair once both have done their parts and agree on staying in touch.</summary>
        public async Task<Result<Unit>> CompleteAsync(Actor actor, Guid pairId, CancellationToken ct)
        {
            var (denied, _) = await access.CheckPairMemberAsync(actor, pairId, ct);
            if (denied is not null) return denied;
            var pair = await db.Pairs.FirstAsync(p => p.Id == pairId, ct);
            var rows = await db.ClosingReflections.AsNoTracking().Where(c => c.PairId == pairId).ToListAsync(ct);
            var r = Closing.Complete(pair, rows.FirstOrDefault(c => c.AuthorId == pair.MenteeId), rows.FirstOrDefault(c => c.AuthorId == pair.MentorId), clock.GetUtcNow());
            if (!r.Succeeded) return r;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict("Someone changed this pair at the same moment. Reload to see their change."); }
            return r;
        }

        /// <summary>The outcome for the pair page: anyone who may view the pair sees it once the pair has completed.</summary>
        public async Task<Outcome?> OutcomeAsync(Guid pairId, PairState state, DateTimeOffset? endedAt, CancellationToken ct)
        {
            if (state != PairState.Completed) return null;
            var pair = await db.Pairs.AsNoTracking().Where(p => p.Id == pairId).Select(p => new { p.MenteeId, p.MentorId }).FirstAsync(ct);
            var rows = await db.ClosingReflections.AsNoTracking().Where(c => c.PairId == pairId).ToListAsync(ct);
            return new Outcome(Closing.Agreed(rows.FirstOrDefault(c => c.AuthorId == pair.MenteeId), rows.FirstOrDefault(c => c.AuthorId == pair.MentorId)), endedAt);
        }

        private static View Build(PairFacts pair, PairSide side, Guid me, List<ClosingReflection> rows)
        {
            var mine = rows.FirstOrDefault(c => c.AuthorId == me);
            var theirs = rows.FirstOrDefault(c => c.AuthorId != me);
            Side S(ClosingReflection? c, string name) => new(name, c?.Answers ?? ClosingAnswers.Empty, c?.StayInTouch ?? StayInTouch.Undecided, c?.StayInTouchHow ?? "", c?.UpdatedAt);
            var (mentee, mentor) = side == PairSide.Mentee ? (mine, theirs) : (theirs, mine);
            return new View(pair, side, S(mine, "You"), S(theirs, pair.NameOf(pair.PartnerOf(me))), Closing.Missing(mentee, mentor), Closing.Agreed(mentee, mentor));
        }
    }
}
