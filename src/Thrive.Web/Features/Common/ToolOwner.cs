namespace Thrive.Web.Features.Common;

/// <summary>
/// Whose story tool (practice log, role exploration) a read is about, the reader's own when no owner is named, in the
/// owner's newest place, with the reader's grant on it (ask it whether they may also write).
/// </summary>
public sealed record ToolOwner(Guid OwnerId, Guid ProgrammeId, Grant Grant)
{
    /// <summary>The owner's newest place, checked against the tool's <paramref name="list"/> permission on a person's work.</summary>
    public static async Task<Result<ToolOwner>> FindAsync(ProgrammePlaces places, Access access, Actor actor, Guid? ownerId, Permission list, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(access);
        var owner = ownerId ?? actor.UserId;
        var place = await places.FindAsync(owner, null, ct);
        if (place is null) return owner == actor.UserId ? Error.Validation("", "You have no accepted place as a mentor or mentee yet.") : Error.NotFound("Person");
        var grant = await access.CheckPersonAsync(actor, list, owner, place.ProgrammeId, ct);
        return grant.Denied is { } denied ? denied : new ToolOwner(owner, place.ProgrammeId, grant);
    }
}
