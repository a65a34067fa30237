namespace Thrive.Web.Features.Evidence;

/// <summary>
/// A person's CV, LinkedIn profile and portfolio site with their newest versions, each with its review state and
/// comments. The owner and their mentor read them. Three queries, whatever the number of versions.
/// </summary>
public static class GetCareerAssets
{
    /// <summary>The newest versions shown per asset; older ones stay counted.</summary>
    public const int VersionsShown = 10;
    public const int CommentsShown = 50;

    public sealed record Comment(Guid AuthorId, string AuthorName, string Body, DateTimeOffset CreatedAt);

    public sealed record VersionView(Guid Id, int Number, string Link, string Summary, DateOnly On, string Changes, ReviewState Review,
        DateTimeOffset? ReviewRequestedAt, DateTimeOffset? ReviewedAt, IReadOnlyList<Comment> Comments);

    public sealed record AssetView(AssetKind Kind, int Versions, IReadOnlyList<VersionView> Newest)
    {
        public VersionView? Latest => Newest.Count == 0 ? null : Newest[0];
    }

    public sealed record View(Guid OwnerId, string OwnerName, bool CanWrite, bool CanReview, DateOnly Today, IReadOnlyList<AssetView> Assets)
    {
        public int Waiting => Assets.SelectMany(a => a.Newest).Count(v => v.Review == ReviewState.Requested);
    }

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid? ownerId, CancellationToken ct)
        {
            var found = await EvidenceOwner.FindAsync(places, access, actor, ownerId, ct);
            if (!found.Succeeded) return Result<View>.Fail(found.Errors);
            var o = found.Value!;
            var assets = db.CareerAssets.Where(a => a.OwnerId == o.OwnerId && a.ProgrammeId == o.ProgrammeId);
            var counts = await assets.Select(a => new { a.Kind, a.Versions }).ToListAsync(ct);
            var versions = await db.AssetVersions.AsNoTracking()
                .Join(assets, v => v.AssetId, a => a.Id, (v, a) => new { v, a.Kind, a.Versions })
                .Where(x => x.v.Number > x.Versions - VersionsShown)
                .OrderBy(x => x.Kind).ThenByDescending(x => x.v.Number).Take(VersionsShown * 3).Select(x => new { x.v, x.Kind }).ToListAsync(ct);
            var ids = versions.Select(x => x.v.Id).ToList();
            var comments = (await db.AssetVersionComments.Where(c => ids.Contains(c.VersionId))
                .Join(db.Users, c => c.AuthorId, u => u.Id, (c, u) => new { c.Id, c.VersionId, c.AuthorId, u.DisplayName, c.Body, c.CreatedAt })
                .OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).Take(CommentsShown * VersionsShown * 3).ToListAsync(ct))
                .Select(x => new { x.VersionId, Comment = new Comment(x.AuthorId, x.DisplayName, x.Body, x.CreatedAt) }).ToList();
            var name = await db.Users.Where(u => u.Id == o.OwnerId).Select(u => u.DisplayName).FirstAsync(ct);
            var views = Enum.GetValues<AssetKind>().Select(k => new AssetView(k, counts.Where(c => c.Kind == k).Sum(c => c.Versions),
                versions.Where(x => x.Kind == k).Select(x => ToView(x.v, comments.Where(c => c.VersionId == x.v.Id).Select(c => c.Comment).TakeLast(CommentsShown).ToList())).ToList())).ToList();
            return new View(o.OwnerId, name, o.CanWrite, o.CanReview, reader.Today, views);
        }
    }

    private static VersionView ToView(AssetVersion v, IReadOnlyList<Comment> comments) =>
        new(v.Id, v.Number, v.Link, v.Summary, v.On, v.Changes, v.Review, v.ReviewRequestedAt, v.ReviewedAt, comments);
}
