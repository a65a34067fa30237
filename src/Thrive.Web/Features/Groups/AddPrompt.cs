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
            var found = await GroupRoster.PartToTakeUpAsync(db, access, actor, groupId, r.PartId ?? Guid.Empty, ct);
            if (!found.Succeeded) return Result<Unit>.Fail(found.Errors);
            var (group, part) = found.Value;
            return await NewRow.AddAsync(db, DiscussionPrompt.Add(group, part, actor.UserId, r.Text, reader.UtcNow), ct);
        }
    }
}
