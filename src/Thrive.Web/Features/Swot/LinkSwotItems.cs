namespace Thrive.Web.Features.Swot;

/// <summary>Where the quadrants meet: the owner links a strength to an opportunity it amplifies, or a weakness to a threat it feeds.</summary>
public static class LinkSwotItems
{
    public sealed record Request
    {
        public Guid FromItemId { get; init; }
        public Guid ToItemId { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var found = await SwotItemsFound.ForChangeAsync(db, access, actor, [r.FromItemId, r.ToItemId], latestOnly: true, ct);
            if (!found.Succeeded) return Result<Unit>.Fail(found.Errors);
            var items = found.Value!.Items;
            var (from, to) = (items.First(i => i.Id == r.FromItemId), items.First(i => i.Id == r.ToItemId));
            if (await db.SwotLinks.AnyAsync(l => l.FromItemId == from.Id && l.ToItemId == to.Id, ct)) return Result.Ok();
            return await NewRow.AddAsync(db, SwotLink.Connect(from.RevisionId, from, to), ct);
        }
    }
}
