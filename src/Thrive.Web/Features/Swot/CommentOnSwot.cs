namespace Thrive.Web.Features.Swot;

/// <summary>The owner or their mentoring partner comments on the SWOT (Markdown).</summary>
public static class CommentOnSwot
{
    public sealed record Request : CommentText;

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
        : AddComment<SwotComment>(db, access, reader, Policy.Swot.Comment, SwotComment.Write);
}
