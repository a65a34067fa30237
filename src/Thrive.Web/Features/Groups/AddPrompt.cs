namespace Thrive.Web.Features.Groups;

/// <summary>A member adds a discussion prompt to a part of the reading plan.</summary>
public static class AddPrompt
{
    public sealed record Request(Guid? PartId, string? Text);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Group.TakePart, groupId, ct)).Denied is { } denied) return denied;
            var part = await GroupRoster.PartAsync(db, groupId, r.PartId ?? Guid.Empty, ct);
            if (!part.Succeeded) return Result<Unit>.Fail(part.Errors);
            var group = await db.Groups.FirstAsync(g => g.Id == groupId, ct);
            return await NewRow.AddAsync(db, DiscussionPrompt.Add(group, part.Value!, actor.UserId, r.Text, reader.UtcNow), ct);
        }
    }
}
