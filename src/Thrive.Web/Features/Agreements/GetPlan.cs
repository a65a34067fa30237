using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Features.Agreements;

/// <summary>The pair's mentoring plan: the newest version (or the one asked for), who signed it, and every version.</summary>
public static class GetPlan
{
    public sealed record PlanVersion(int Number, DateTimeOffset WrittenAt, string WrittenBy, DateTimeOffset? MenteeSignedAt, DateTimeOffset? MentorSignedAt);

    /// <summary><see cref="CanSign"/>: the shown version is the newest and the reader's side has not signed it yet.</summary>
    public sealed record View(Guid PairId, PairSide Side, string MenteeName, string MentorName, MentoringPlan? Plan, IReadOnlyList<PlanVersion> Versions,
        bool CanWrite, bool CanSign)
    {
        public int NextNumber => (Versions.Count > 0 ? Versions[0].Number : 0) + 1;
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        /// <summary>The newest version, or <paramref name="version"/> when given (not found when there is no such version).</summary>
        public async Task<Result<View>> HandleAsync(Actor actor, Guid pairId, int? version, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Agreement.Read, pairId, ct);
            if (grant.Denied is { } denied) return denied;
            var pair = await PairFacts.LoadAsync(db, pairId, ct);
            var versions = await db.Plans.AsNoTracking().Where(p => p.PairId == pairId).OrderByDescending(p => p.Number).Take(50)
                .Join(db.Users, p => p.WrittenById, u => u.Id, (p, u) => new PlanVersion(p.Number, p.WrittenAt, u.DisplayName, p.MenteeSignedAt, p.MentorSignedAt))
                .ToListAsync(ct);
            var number = version ?? versions.FirstOrDefault()?.Number;
            var plan = number is { } n ? await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.PairId == pairId && p.Number == n, ct) : null;
            if (version is not null && plan is null) return Error.NotFound("Plan version");
            var canWrite = grant.May(Policy.Agreement.Write);
            var unsigned = plan is not null && (grant.Side == PairSide.Mentee ? plan.MenteeSignedAt is null : plan.MentorSignedAt is null);
            return new View(pairId, grant.Side, pair.MenteeName, pair.MentorName, plan, versions, canWrite,
                canWrite && unsigned && plan!.Number == versions.FirstOrDefault()?.Number);
        }
    }
}
