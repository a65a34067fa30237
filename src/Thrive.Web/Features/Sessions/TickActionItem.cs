namespace Thrive.Web.Features.Sessions;

/// <summary>Either member of the pair ticks an action item off, or back on (from the session page, home or the API).</summary>
public static class TickActionItem
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid itemId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.ActionItem.Tick, itemId, ct)).Denied is { } denied) return denied;
            var item = await db.ActionItems.FirstAsync(i => i.Id == itemId, ct);
            item.Toggle(reader.UtcNow);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
