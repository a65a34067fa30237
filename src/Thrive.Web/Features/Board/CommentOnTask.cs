namespace Thrive.Web.Features.Board;

/// <summary>The owner or their mentoring partner comments on a card (Markdown).</summary>
public static class CommentOnTask
{
    public sealed record Request : CommentText;

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
        : AddComment<TaskComment>(db, access, reader, Policy.Card.Comment, TaskComment.Write);
}
