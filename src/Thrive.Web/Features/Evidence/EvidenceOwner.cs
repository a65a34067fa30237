namespace Thrive.Web.Features.Evidence;

/// <summary>Whose evidence a read is about (the reader's own when no owner is named) and what the reader may do with it.</summary>
public sealed record EvidenceOwner(Guid OwnerId, Guid ProgrammeId, Grant Grant)
{
    /// <summary>The owner: adds and edits evidence, adds versions, asks for reviews, shares the portfolio.</summary>
    public bool CanWrite => Grant.Has(Tie.Owner);

    /// <summary>The owner's mentoring partner: comments on versions and marks them reviewed.</summary>
    public bool CanReview => Grant.May(Policy.CareerAsset.Review);

    /// <summary>The owner's newest place, checked against <see cref="Policy.Evidence.List"/>.</summary>
    public static async Task<Result<EvidenceOwner>> FindAsync(ProgrammePlaces places, Access access, Actor actor, Guid? ownerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(access);
        var owner = ownerId ?? actor.UserId;
        var place = await places.FindAsync(owner, null, ct);
        if (place is null) return owner == actor.UserId ? Error.Validation("", "You have no accepted place as a mentor or mentee yet.") : Error.NotFound("Person");
        var grant = await access.CheckPersonAsync(actor, Policy.Evidence.List, owner, place.ProgrammeId, ct);
        return grant.Denied is { } denied ? denied : new EvidenceOwner(owner, place.ProgrammeId, grant);
    }
}
