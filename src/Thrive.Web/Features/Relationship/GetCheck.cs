using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Features.Relationship;

/// <summary>
/// The midpoint check: one session about the relationship itself. Each member writes their own answers; the
/// partner's show once both have written theirs, so that neither anchors the other. Due on the reader's own day.
/// </summary>
public static class GetCheck
{
    /// <summary><see cref="CanWrite"/>: the reader may answer now (the pair is active).</summary>
    public sealed record View(PairFacts Pair, string PartnerName, DateRange Window, bool Due, CheckAnswers Mine, DateTimeOffset? MineSaved,
        CheckAnswers? Theirs, bool PartnerSaved, DateTimeOffset? HeldAt, bool CanWrite);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid pairId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Check.Read, pairId, ct);
            if (grant.Denied is { } denied) return denied;
            var pair = await PairFacts.LoadAsync(db, pairId, ct);
            var checks = await db.MidpointChecks.AsNoTracking().Where(c => c.PairId == pairId).ToListAsync(ct);
            var (mine, theirs) = PairFacts.Sides(checks, c => c.AuthorId, actor.UserId);
            var held = checks.Where(c => c.HeldAt != null).Select(c => c.HeldAt).Min();
            var bothSaved = mine?.SavedAt is not null && theirs?.SavedAt is not null;
            var active = pair.State == PairState.Active;
            return new View(pair, pair.NameOf(pair.PartnerOf(actor.UserId)), MidpointCheck.Window(pair.ProgrammeStart, pair.LengthWeeks),
                MidpointCheck.IsDue(pair.ProgrammeStart, pair.LengthWeeks, reader.Today, active, held is not null),
                mine?.Answers ?? CheckAnswers.Empty, mine?.SavedAt, bothSaved ? theirs!.Answers : null, theirs?.SavedAt is not null, held,
                active && grant.May(Policy.Check.Write));
        }
    }
}
