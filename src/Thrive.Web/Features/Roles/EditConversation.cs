namespace Thrive.Web.Features.Roles;

/// <summary>The owner changes what they logged about a conversation (the same fields as logging it); the goal it feeds follows.</summary>
public static class EditConversation
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, ConversationGoalFeed feed)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid conversationId, LogConversation.Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Roles.Write, conversationId, ct)).Denied is { } denied) return denied;
            var c = await db.RoleConversations.FirstAsync(x => x.Id == conversationId, ct);
            var details = await LogConversation.DetailsAsync(db, c.OwnerId, c.ProgrammeId, r, reader.Today, ct);
            if (!details.Succeeded) return Result<Unit>.Fail(details.Errors);
            var edited = c.Edit(details.Value!, reader.Today, reader.UtcNow);
            if (!edited.Succeeded) return edited;
            await feed.StageAsync(c.OwnerId, c.ProgrammeId, await feed.GoalOfAsync(c.OwnerId, c.ProgrammeId, ct), actor.UserId, reader.UtcNow, ct);
            await db.SaveChangesAsync(ct);
            return edited;
        }
    }
}
