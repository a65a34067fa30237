namespace Thrive.Web.Features.Common;

/// <summary>A comment's text (Markdown): the form and request body of each "comment on ..." use case.</summary>
public abstract record CommentText
{
    public string? Body { get; init; }
}

/// <summary>
/// What commenting on a card or a SWOT shares: the permission to comment on that resource, then the domain's comment
/// (or its refusal of the text), added and saved. Each use case names its permission and its domain's comment.
/// </summary>
public abstract class AddComment<TComment>(ThriveDbContext db, Access access, ReaderClock reader, Permission permission,
    Func<Guid, Guid, string?, DateTimeOffset, Result<TComment>> write) where TComment : class
{
    public async Task<Result<Unit>> HandleAsync(Actor actor, Guid resourceId, CommentText r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if ((await access.CheckAsync(actor, permission, resourceId, ct)).Denied is { } denied) return denied;
        return await NewRow.AddAsync(db, write(resourceId, actor.UserId, r.Body, reader.UtcNow), ct);
    }
}
