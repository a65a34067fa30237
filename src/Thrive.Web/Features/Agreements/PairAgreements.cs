using Thrive.Web.Permissions;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Agreements;
using Thrive.Domain.Common;
using Thrive.Persistence;
using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Agreements;

/// <summary>Getting to know each other: each side's relationship charter, and the mentoring plan both sign.</summary>
public static class PairAgreements
{
    public sealed record PlanVersion(int Number, DateTimeOffset WrittenAt, string WrittenBy, DateTimeOffset? MenteeSignedAt, DateTimeOffset? MentorSignedAt);

    public sealed record View(Guid PairId, PairSide Side, string MenteeName, string MentorName, CharterAnswers Mine, DateTimeOffset? MineUpdated,
        CharterAnswers Theirs, DateTimeOffset? TheirsUpdated, MentoringPlan? Plan, IReadOnlyList<PlanVersion> Versions);

    public sealed class Handler(ThriveDbContext db, Access access, TimeProvider clock)
    {
        public async Task<Result<View>> GetAsync(Actor actor, Guid pairId, int? version, CancellationToken ct)
        {
            var (denied, a) = await access.CheckPairMemberAsync(actor, pairId, ct);
            if (denied is not null) return denied;
            var pair = await db.Pairs.AsNoTracking().Where(p => p.Id == pairId).Select(p => new { p.MentorId, p.MenteeId }).FirstAsync(ct);
            var names = await db.Users.Where(u => u.Id == pair.MentorId || u.Id == pair.MenteeId).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
            var charters = await db.Charters.AsNoTracking().Where(c => c.PairId == pairId).ToListAsync(ct);
            var mine = charters.FirstOrDefault(c => c.AuthorId == actor.UserId);
            var theirs = charters.FirstOrDefault(c => c.AuthorId != actor.UserId);
            var versions = await db.Plans.AsNoTracking().Where(p => p.PairId == pairId).OrderByDescending(p => p.Number).Take(50)
                .Join(db.Users, p => p.WrittenById, u => u.Id, (p, u) => new PlanVersion(p.Number, p.WrittenAt, u.DisplayName, p.MenteeSignedAt, p.MentorSignedAt))
                .ToListAsync(ct);
            var number = version ?? versions.FirstOrDefault()?.Number;
            var plan = number is { } n ? await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.PairId == pairId && p.Number == n, ct) : null;
            if (version is not null && plan is null) return Error.NotFound("Plan version");
            return new View(pairId, a.Side, names.First(x => x.Id == pair.MenteeId).DisplayName, names.First(x => x.Id == pair.MentorId).DisplayName,
                mine?.Answers ?? CharterAnswers.Empty, mine?.UpdatedAt, theirs?.Answers ?? CharterAnswers.Empty, theirs?.UpdatedAt, plan, versions);
        }

        public async Task<Result<Unit>> SaveCharterAsync(Actor actor, Guid pairId, CharterAnswers answers, CancellationToken ct)
        {
            var (denied, _) = await access.CheckPairMemberAsync(actor, pairId, ct);
            if (denied is not null) return denied;
            var charter = await db.Charters.FirstOrDefaultAsync(c => c.PairId == pairId && c.AuthorId == actor.UserId, ct);
            if (charter is null) { charter = RelationshipCharter.Start(pairId, actor.UserId); db.Charters.Add(charter); }
            var r = charter.Save(answers, clock.GetUtcNow());
            if (!r.Succeeded) return r;
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }

        /// <summary>Writes the next version of the plan; both sign it again.</summary>
        public async Task<Result<int>> WritePlanAsync(Actor actor, Guid pairId, PlanTerms terms, CancellationToken ct)
        {
            var (denied, _) = await access.CheckPairMemberAsync(actor, pairId, ct);
            if (denied is not null) return denied;
            var last = await db.Plans.Where(p => p.PairId == pairId).MaxAsync(p => (int?)p.Number, ct) ?? 0;
            var plan = MentoringPlan.Write(pairId, last, terms, actor.UserId, clock.GetUtcNow());
            if (!plan.Succeeded) return Result<int>.Fail(plan.Errors);
            db.Plans.Add(plan.Value!);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsConflict()) { return Error.Conflict("Your partner saved a new version at the same moment. Reload and look at theirs first."); }
            return plan.Value!.Number;
        }

        public async Task<Result<Unit>> SignAsync(Actor actor, Guid pairId, int number, CancellationToken ct)
        {
            var (denied, a) = await access.CheckPairMemberAsync(actor, pairId, ct);
            if (denied is not null) return denied;
            var latest = await db.Plans.Where(p => p.PairId == pairId).OrderByDescending(p => p.Number).FirstOrDefaultAsync(ct);
            if (latest is null) return Error.NotFound("Plan");
            if (latest.Number != number) return Error.Conflict($"Version {number} has been replaced by version {latest.Number}: read that one before signing.");
            var r = latest.Sign(a.Side == PairSide.Mentee, clock.GetUtcNow());
            if (!r.Succeeded) return r;
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
