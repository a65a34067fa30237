namespace Thrive.Web.Features.Practice;

/// <summary>Whose log a read is about (the reader's own when no owner is named) and whether the reader may read and change it.</summary>
public sealed record PracticeOwner(Guid OwnerId, Guid ProgrammeId, Grant Grant)
{
    public bool CanWrite => Grant.May(Policy.Practice.Write);

    /// <summary>The owner's newest place, checked against <see cref="Policy.Practice.List"/>.</summary>
    public static async Task<Result<PracticeOwner>> FindAsync(ProgrammePlaces places, Access access, Actor actor, Guid? ownerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(access);
        var owner = ownerId ?? actor.UserId;
        var place = await places.FindAsync(owner, null, ct);
        if (place is null) return owner == actor.UserId ? Error.Validation("", "You have no accepted place as a mentor or mentee yet.") : Error.NotFound("Person");
        var grant = await access.CheckPersonAsync(actor, Policy.Practice.List, owner, place.ProgrammeId, ct);
        return grant.Denied is { } denied ? denied : new PracticeOwner(owner, place.ProgrammeId, grant);
    }
}
