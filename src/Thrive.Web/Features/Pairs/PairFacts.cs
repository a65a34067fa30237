namespace Thrive.Web.Features.Pairs;

/// <summary>What the relationship pages need to know of a pair, read in one query.</summary>
public sealed record PairFacts(Guid Id, Guid ProgrammeId, Guid MentorId, Guid MenteeId, string MentorName, string MenteeName,
    PairState State, DateOnly ProgrammeStart, int LengthWeeks, DateTimeOffset? EndedAt)
{
    public Guid PartnerOf(Guid userId) => userId == MentorId ? MenteeId : MentorId;
    public string NameOf(Guid userId) => userId == MentorId ? MentorName : MenteeName;

    /// <summary>The reader's own row and their partner's among a pair's rows written by each side (charters, checks).</summary>
    public static (T? Mine, T? Theirs) Sides<T>(IReadOnlyList<T> rows, Func<T, Guid> authorOf, Guid readerId) where T : class =>
        (rows.FirstOrDefault(r => authorOf(r) == readerId), rows.FirstOrDefault(r => authorOf(r) != readerId));

    /// <summary>Ended pairs are kept as they were: read-only.</summary>
    public Error? RefuseUnlessActive() =>
        State == PairState.Active ? null : Error.Conflict(State == PairState.Proposed
            ? "This pair is not active yet: your coordinator confirms it first."
            : "This relationship has ended; what you wrote is kept as it was.", code: "pair_not_active");

    public static Task<PairFacts> LoadAsync(ThriveDbContext db, Guid pairId, CancellationToken ct) => (
            from p in db.Pairs.AsNoTracking()
            where p.Id == pairId
            join g in db.Programmes on p.ProgrammeId equals g.Id
            join mentor in db.Users on p.MentorId equals mentor.Id
            join mentee in db.Users on p.MenteeId equals mentee.Id
            select new PairFacts(p.Id, p.ProgrammeId, p.MentorId, p.MenteeId, mentor.DisplayName, mentee.DisplayName, p.State, g.StartDate, g.LengthWeeks, p.EndedAt))
        .FirstAsync(ct);
}
