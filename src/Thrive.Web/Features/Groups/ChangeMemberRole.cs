namespace Thrive.Web.Features.Groups;

/// <summary>A facilitator or the coordinator makes a member facilitator (the role can rotate) or hands it back; a group keeps one.</summary>
public static class ChangeMemberRole
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Guid userId, GroupRole role, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Group.Manage, groupId, ct)).Denied is { } denied) return denied;
            var (group, roster) = await GroupRoster.LoadAsync(db, groupId, ct);
            var changed = group.ChangeRole(roster, userId, role, reader.UtcNow);
            if (!changed.Succeeded) return changed;
            return await GroupRoster.SaveAsync(db, ct);
        }
    }
}
