namespace Thrive.Web.Features.Wellbeing;

/// <summary>The owner plans a coping strategy for one of their stressors, before it hits.</summary>
public static class PlanCopingStrategy
{
    public sealed record Request
    {
        public string? Text { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Guid stressorId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Wellbeing.WriteStressor, stressorId, ct)).Denied is { } denied) return denied;
            var planned = await db.CopingStrategies.CountAsync(s => s.StressorId == stressorId, ct);
            var strategy = CopingStrategy.Plan(stressorId, r.Text, planned, reader.UtcNow);
            var added = await NewRow.AddAsync(db, strategy, ct);
            return added.Succeeded ? strategy.Value!.Id : Result<Guid>.Fail(added.Errors);
        }
    }
}
