namespace Thrive.Web.Features.Goals;

/// <summary>The owner or their mentoring partner adds to the goal's conversation (Markdown).</summary>
public static class CommentOnGoal
{
    public sealed record Request
    {
        public string? Body { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Guid goalId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Goal.Comment, goalId, ct)).Denied is { } denied) return denied;
            var comment = GoalComment.Write(goalId, actor.UserId, r.Body, reader.UtcNow);
            if (!comment.Succeeded) return Result<Guid>.Fail(comment.Errors);
            db.GoalComments.Add(comment.Value!);
            await db.SaveChangesAsync(ct);
            return comment.Value!.Id;
        }
    }
}
