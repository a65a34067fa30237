namespace Thrive.Web.Features.Groups;

/// <summary>The coordinator (an admin for a community group) archives a group that has ended: it stays readable, and read-only.</summary>
public static class ArchiveGroup
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Group.Archive, groupId, ct)).Denied is { } denied) return denied;
            var group = await db.Groups.FirstAsync(g => g.Id == groupId, ct);
            var archived = group.Archive(reader.UtcNow);
            if (!archived.Succeeded) return archived;
            return await GroupRoster.SaveAsync(db, ct);
        }
    }
}
