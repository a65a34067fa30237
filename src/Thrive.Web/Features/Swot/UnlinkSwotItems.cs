namespace Thrive.Web.Features.Swot;

/// <summary>The owner removes a link between two items of their latest SWOT revision.</summary>
public static class UnlinkSwotItems
{
    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid linkId, CancellationToken ct)
        {
            var link = await db.SwotLinks.FirstOrDefaultAsync(l => l.Id == linkId, ct);
            if (link is null) return Error.NotFound("Link");
            var found = await SwotItemsFound.ForChangeAsync(db, access, actor, [link.FromItemId], latestOnly: true, ct);
            if (!found.Succeeded) return Result<Unit>.Fail(found.Errors);
            db.SwotLinks.Remove(link);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
