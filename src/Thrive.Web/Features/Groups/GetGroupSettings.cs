namespace Thrive.Web.Features.Groups;

/// <summary>The group's settings and reading plan to edit: for its facilitators and the coordinator, while it runs.</summary>
public static class GetGroupSettings
{
    public sealed class Handler(Access access, GetGroup.Handler get)
    {
        public async Task<Result<GetGroup.View>> HandleAsync(Actor actor, Guid groupId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Group.Manage, groupId, ct)).Denied is { } denied) return denied;
            return await get.HandleAsync(actor, groupId, ct);
        }
    }
}
