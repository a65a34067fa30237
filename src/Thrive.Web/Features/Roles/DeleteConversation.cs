namespace Thrive.Web.Features.Roles;

/// <summary>The owner removes a conversation from their log; the goal that follows the count goes down with it.</summary>
public static class DeleteConversation
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, ConversationGoalFeed feed)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid conversationId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Roles.Write, conversationId, ct)).Denied is { } denied) return denied;
            var c = await db.RoleConversations.FirstAsync(x => x.Id == conversationId, ct);
            db.RoleConversations.Remove(c);
            await feed.StageAsync(c.OwnerId, c.ProgrammeId, await feed.GoalOfAsync(c.OwnerId, c.ProgrammeId, ct), actor.UserId, reader.UtcNow, ct);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
