namespace Thrive.Web.Features.Relationship;

/// <summary>Either member marks the relationship check held (after writing their own answers), which ends the prompt.</summary>
public static class MarkCheckHeld
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Check.Write, pairId, ct)).Denied is { } denied) return denied;
            return await OwnCheck.ChangeAsync(db, actor.UserId, pairId, c => c.MarkHeld(reader.UtcNow), ct);
        }
    }
}
