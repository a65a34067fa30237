namespace Thrive.Web.Features.Groups;

/// <summary>A facilitator or the coordinator changes the group's name, purpose, capacity, how people join and its book.</summary>
public static class EditGroup
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, CreateGroup.Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Group.Manage, groupId, ct)).Denied is { } denied) return denied;
            var (group, roster) = await GroupRoster.LoadAsync(db, groupId, ct);
            var edited = group.Edit(r.ToDetails() with { Kind = group.Kind }, roster.Count, reader.UtcNow);
            if (!edited.Succeeded) return edited;
            return await GroupRoster.SaveAsync(db, ct);
        }
    }
}
