namespace Thrive.Web.Features.Evidence;

/// <summary>The owner or their mentor comments on a version of a career asset (Markdown).</summary>
public static class CommentOnVersion
{
    public sealed record Request : CommentText;

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
        : AddComment<AssetVersionComment>(db, access, reader, Policy.CareerAsset.Comment, AssetVersionComment.Write);
}
