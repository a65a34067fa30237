namespace Thrive.Web.Features.Wellbeing;

/// <summary>The reader names a stressor (what, when it happens, what sets it off) in their newest programme; private until shared.</summary>
public static class NameStressor
{
    public sealed record Request
    {
        public string? What { get; init; }
        public string? When { get; init; }
        public string? Triggers { get; init; }
        /// <summary>A first coping strategy, planned with it (optional).</summary>
        public string? Strategy { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Guid>.Fail(place.Errors);
            var stressor = Stressor.Name(place.Value!.ProgrammeId, actor.UserId, new StressorDetails(r.What ?? "", r.When, r.Triggers), reader.UtcNow);
            var strategy = string.IsNullOrWhiteSpace(r.Strategy) ? null : CopingStrategy.Plan(stressor.Value?.Id ?? Guid.Empty, r.Strategy, 0, reader.UtcNow);
            var errors = stressor.Errors.Concat(strategy?.Errors.Select(e => e with { Field = nameof(Request.Strategy) }) ?? []).ToList();
            if (errors.Count > 0) return Result<Guid>.Fail(errors);
            db.Stressors.Add(stressor.Value!);
            if (strategy is not null) db.CopingStrategies.Add(strategy.Value!);
            await db.SaveChangesAsync(ct);
            return stressor.Value!.Id;
        }
    }
}
