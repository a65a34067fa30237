namespace Thrive.Web.Features.Exams;

/// <summary>Whose exam preparation a read is about (the reader's own when no owner is named) and what the reader may do with it.</summary>
public sealed record ExamOwner(Guid OwnerId, Guid ProgrammeId, Grant Grant)
{
    public bool IsOwner(Actor actor) => actor.UserId == OwnerId;

    public bool CanComment => Grant.May(Policy.ExamPrep.Comment);

    /// <summary>The owner's newest place, checked against <paramref name="permission"/> (reading by default).</summary>
    public static async Task<Result<ExamOwner>> FindAsync(ProgrammePlaces places, Access access, Actor actor, Guid? ownerId, CancellationToken ct, Permission? permission = null)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(access);
        var owner = ownerId ?? actor.UserId;
        var place = await places.FindAsync(owner, null, ct);
        if (place is null) return owner == actor.UserId ? Error.Validation("", "You have no accepted place as a mentor or mentee yet.") : Error.NotFound("Person");
        var grant = await access.CheckPersonAsync(actor, permission ?? Policy.ExamPrep.Read, owner, place.ProgrammeId, ct);
        return grant.Denied is { } denied ? denied : new ExamOwner(owner, place.ProgrammeId, grant);
    }
}
