namespace Thrive.Web.Features.Wellbeing;

/// <summary>The owner tried a strategy when the stressor hit: did it help? Counted on the strategy, on the reader's day.</summary>
public static class TryCopingStrategy
{
    public sealed record Request
    {
        public CopingOutcome Outcome { get; init; } = CopingOutcome.Helped;
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid stressorId, Guid strategyId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Wellbeing.WriteStressor, stressorId, ct)).Denied is { } denied) return denied;
            var strategy = await db.CopingStrategies.FirstOrDefaultAsync(s => s.Id == strategyId && s.StressorId == stressorId, ct);
            if (strategy is null) return Error.NotFound("Strategy");
            var tried = strategy.Tried(r.Outcome, reader.Today);
            if (tried.Succeeded) await db.SaveChangesAsync(ct);
            return tried;
        }
    }
}
