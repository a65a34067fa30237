namespace Thrive.Web.Features.Evidence;

/// <summary>The owner asks their mentor to review a version of a career asset: it goes into the mentor's review list.</summary>
public static class AskForReview
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid versionId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.CareerAsset.AskReview, versionId, ct)).Denied is { } denied) return denied;
            var version = await db.AssetVersions.FirstAsync(v => v.Id == versionId, ct);
            var asked = version.RequestReview(reader.UtcNow);
            if (asked.Succeeded) await db.SaveChangesAsync(ct);
            return asked;
        }
    }
}
