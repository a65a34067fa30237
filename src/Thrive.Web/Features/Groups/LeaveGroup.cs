namespace Thrive.Web.Features.Groups;

/// <summary>
/// A member leaves the group, or a facilitator or the coordinator removes one; the last facilitator must hand the
/// role on first. What they wrote stays with the group (their account deletion removes it).
/// </summary>
public static class LeaveGroup
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        /// <param name="userId">The member to remove; the reader themselves when null.</param>
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Guid? userId, CancellationToken ct)
        {
            var who = userId ?? actor.UserId;
            var permission = who == actor.UserId ? Policy.Group.TakePart : Policy.Group.Manage;
            if ((await access.CheckAsync(actor, permission, groupId, ct)).Denied is { } denied) return denied;
            var (group, roster) = await GroupRoster.LoadAsync(db, groupId, ct);
            var released = group.Release(roster, who, reader.UtcNow);
            if (!released.Succeeded) return released;
            db.GroupMembers.Remove(roster.First(m => m.UserId == who));
            return await GroupRoster.SaveAsync(db, ct);
        }
    }
}
