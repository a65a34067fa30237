namespace Thrive.Web.Features.Commitments;

/// <summary>Archives a commitment the owner no longer keeps, or restores an archived one.</summary>
public static class ArchiveCommitment
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid commitmentId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Commitment.Write, commitmentId, ct)).Denied is { } denied) return denied;
            var c = await db.Commitments.FirstAsync(x => x.Id == commitmentId, ct);
            var r = c.Archived ? c.Restore(reader.UtcNow) : c.Archive(reader.UtcNow);
            if (r.Succeeded) await db.SaveChangesAsync(ct);
            return r;
        }
    }
}
