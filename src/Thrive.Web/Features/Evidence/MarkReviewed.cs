namespace Thrive.Web.Features.Evidence;

/// <summary>The mentor marks a version they were asked to review as reviewed: it leaves their list, and the owner sees it came back.</summary>
public static class MarkReviewed
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid versionId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.CareerAsset.Review, versionId, ct)).Denied is { } denied) return denied;
            var version = await db.AssetVersions.FirstAsync(v => v.Id == versionId, ct);
            var reviewed = version.MarkReviewed(actor.UserId, reader.UtcNow);
            if (reviewed.Succeeded) await db.SaveChangesAsync(ct);
            return reviewed;
        }
    }
}
