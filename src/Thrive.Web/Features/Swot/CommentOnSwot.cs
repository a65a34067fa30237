namespace Thrive.Web.Features.Swot;

/// <summary>The owner or their mentoring partner comments on the SWOT (Markdown).</summary>
public static class CommentOnSwot
{
    public sealed record Request
    {
        public string? Body { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid analysisId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Swot.Comment, analysisId, ct)).Denied is { } denied) return denied;
            var comment = SwotComment.Write(analysisId, actor.UserId, r.Body, reader.UtcNow);
            if (!comment.Succeeded) return Result<Unit>.Fail(comment.Errors);
            db.SwotComments.Add(comment.Value!);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
