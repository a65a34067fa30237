namespace Thrive.Web.Features.Board;

/// <summary>The owner or their mentoring partner comments on a card (Markdown).</summary>
public static class CommentOnTask
{
    public sealed record Request
    {
        public string? Body { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid taskId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Card.Comment, taskId, ct)).Denied is { } denied) return denied;
            var comment = TaskComment.Write(taskId, actor.UserId, r.Body, reader.UtcNow);
            if (!comment.Succeeded) return Result<Unit>.Fail(comment.Errors);
            db.TaskComments.Add(comment.Value!);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
