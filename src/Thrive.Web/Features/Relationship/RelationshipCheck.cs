using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Common;
using Thrive.Domain.Pairs;
using Thrive.Domain.Programmes;
using Thrive.Domain.Relationship;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;
using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Features.Relationship;

/// <summary>
/// The midpoint check: one session about the relationship itself. Each member writes their own answers; the
/// partner's show once both have written theirs, so that neither anchors the other.
/// </summary>
public static class RelationshipCheck
{
    public sealed record View(PairFacts Pair, PairSide Side, string PartnerName, DateRange Window, bool Due,
        CheckAnswers Mine, DateTimeOffset? MineSaved, CheckAnswers? Theirs, bool PartnerSaved, DateTimeOffset? HeldAt);

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock)
    {
        public async Task<Result<View>> GetAsync(Actor actor, Guid pairId, CancellationToken ct)
        {
            var (denied, a) = await access.CheckPairMemberAsync(actor, pairId, ct);
            if (denied is not null) return denied;
            var pair = await PairFacts.LoadAsync(db, pairId, ct);
            var checks = await db.MidpointChecks.AsNoTracking().Where(c => c.PairId == pairId).ToListAsync(ct);
            var mine = checks.FirstOrDefault(c => c.AuthorId == actor.UserId);
            var theirs = checks.FirstOrDefault(c => c.AuthorId != actor.UserId);
            var held = checks.Where(c => c.HeldAt != null).Select(c => c.HeldAt).Min();
            var bothSaved = mine?.SavedAt is not null && theirs?.SavedAt is not null;
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return new View(pair, a.Side, pair.NameOf(pair.PartnerOf(actor.UserId)), MidpointCheck.Window(pair.ProgrammeStart, pair.LengthWeeks),
                MidpointCheck.IsDue(pair.ProgrammeStart, pair.LengthWeeks, today, pair.State == PairState.Active, held is not null),
                mine?.Answers ?? CheckAnswers.Empty, mine?.SavedAt, bothSaved ? theirs!.Answers : null, theirs?.SavedAt is not null, held);
        }

        public Task<Result<Unit>> SaveAsync(Actor actor, Guid pairId, CheckAnswers answers, CancellationToken ct) =>
            ChangeAsync(actor, pairId, c => c.Save(answers, clock.GetUtcNow()), ct);

        public Task<Result<Unit>> MarkHeldAsync(Actor actor, Guid pairId, CancellationToken ct) =>
            ChangeAsync(actor, pairId, c => c.MarkHeld(clock.GetUtcNow()), ct);

        private async Task<Result<Unit>> ChangeAsync(Actor actor, Guid pairId, Func<MidpointCheck, Result<Unit>> change, CancellationToken ct)
        {
            var (denied, _) = await access.CheckPairMemberAsync(actor, pairId, ct);
            if (denied is not null) return denied;
            var pair = await PairFacts.LoadAsync(db, pairId, ct);
            if (pair.RefuseUnlessActive() is { } ended) return ended;
            var check = await db.MidpointChecks.FirstOrDefaultAsync(c => c.PairId == pairId && c.AuthorId == actor.UserId, ct);
            if (check is null) { check = MidpointCheck.Start(pairId, actor.UserId); db.MidpointChecks.Add(check); }
            var r = change(check);
            if (!r.Succeeded) return r;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsConflict()) { return Error.Conflict("You saved this from another window at the same moment. Reload and try again."); }
            return r;
        }
    }
}
