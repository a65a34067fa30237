namespace Thrive.Web.Features.Wellbeing;

/// <summary>The owner rewrites one of their stressors (what, when, what sets it off); its strategies and sharing stay.</summary>
public static class ReviseStressor
{
    public sealed record Request
    {
        public string? What { get; init; }
        public string? When { get; init; }
        public string? Triggers { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid id, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Wellbeing.WriteStressor, id, ct)).Denied is { } denied) return denied;
            var stressor = await db.Stressors.FirstAsync(s => s.Id == id, ct);
            var revised = stressor.Revise(new StressorDetails(r.What ?? "", r.When, r.Triggers), reader.UtcNow);
            if (revised.Succeeded) await db.SaveChangesAsync(ct);
            return revised;
        }
    }
}
