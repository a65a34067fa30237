namespace Thrive.Web.Features.Evidence;

/// <summary>
/// The reader's review list: versions of their mentoring partners' career assets waiting for their review, oldest
/// request first, paged. Only partners of an active or completed pair in the asset's programme (as
/// <see cref="Policy.CareerAsset.Review"/> allows), so the query itself holds the rule.
/// </summary>
public static class ListReviewsWaiting
{
    public sealed record Row(Guid VersionId, Guid OwnerId, string OwnerName, AssetKind Kind, int Number, string Link, string Summary, DateTimeOffset RequestedAt);

    public sealed class Handler(ThriveDbContext db)
    {
        public async Task<Result<Page<Row>>> HandleAsync(Actor actor, int? page, int? pageSize, CancellationToken ct)
        {
            var me = actor.UserId;
            var query = db.AssetVersions.Where(v => v.Review == ReviewState.Requested)
                .Join(db.CareerAssets, v => v.AssetId, a => a.Id, (v, a) => new { v, a })
                .Where(x => db.Pairs.Any(p => p.ProgrammeId == x.a.ProgrammeId && (p.State == PairState.Active || p.State == PairState.Completed)
                    && ((p.MentorId == me && p.MenteeId == x.a.OwnerId) || (p.MenteeId == me && p.MentorId == x.a.OwnerId))))
                .Join(db.Users, x => x.a.OwnerId, u => u.Id, (x, u) => new { x.v.Id, x.a.OwnerId, u.DisplayName, x.a.Kind, x.v.Number, x.v.Link, x.v.Summary, x.v.ReviewRequestedAt });
            var paging = PageRequest.Of(page, pageSize);
            var total = await query.CountAsync(ct);
            var rows = await query.OrderBy(r => r.ReviewRequestedAt).ThenBy(r => r.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(ct);
            return new Page<Row>(rows.Select(r => new Row(r.Id, r.OwnerId, r.DisplayName, r.Kind, r.Number, r.Link, r.Summary, r.ReviewRequestedAt!.Value)).ToList(),
                paging.Number, paging.Size, total);
        }
    }
}
