namespace Thrive.Web.Features.Groups;

/// <summary>A member votes a prompt up: one vote per person and prompt.</summary>
public static class VotePrompt
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid groupId, Guid promptId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Group.TakePart, groupId, ct)).Denied is { } denied) return denied;
            var prompt = await db.DiscussionPrompts.FirstOrDefaultAsync(p => p.Id == promptId && p.GroupId == groupId, ct);
            if (prompt is null) return Error.NotFound("Prompt");
            var group = await db.Groups.FirstAsync(g => g.Id == groupId, ct);
            var me = actor.UserId;
            var voted = await db.PromptVotes.AnyAsync(v => v.PromptId == promptId && v.VoterId == me, ct);
            var vote = PromptVote.Cast(group, prompt, me, voted, reader.UtcNow);
            if (!vote.Succeeded) return Result<Unit>.Fail(vote.Errors);
            db.PromptVotes.Add(vote.Value!);
            var saved = await GroupRoster.SaveAsync(db, ct);
            return saved.Succeeded ? saved : Error.Conflict("You have already voted for this prompt.", null, "already_voted"); // a second tab raced the first
        }
    }
}
