namespace Thrive.Web.Features.Agreements;

/// <summary>A member signs and dates the newest version of the plan for their side; an older version cannot be signed.</summary>
public static class SignPlan
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, int number, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Agreement.Write, pairId, ct);
            if (grant.Denied is { } denied) return denied;
            var latest = await db.Plans.Where(p => p.PairId == pairId).OrderByDescending(p => p.Number).FirstOrDefaultAsync(ct);
            if (latest is null) return Error.NotFound("Plan");
            if (latest.Number != number)
                return Error.Conflict($"Version {number} has been replaced by version {latest.Number}: read that one before signing.", code: "stale");
            var signed = latest.Sign(grant.Side == PairSide.Mentee, reader.UtcNow);
            if (!signed.Succeeded) return signed;
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
