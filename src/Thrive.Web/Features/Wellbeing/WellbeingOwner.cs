namespace Thrive.Web.Features.Wellbeing;

/// <summary>
/// Whose wellbeing a read is about (the reader's own when no owner is named) and how much of it the reader sees: the
/// owner everything, their mentoring partner only what the owner shares. Anyone else is refused.
/// </summary>
public sealed record WellbeingOwner(Guid OwnerId, Guid ProgrammeId, Grant Grant)
{
    /// <summary>The reader is the owner: private entries, notes of the trend and the heavy-stretch signal included.</summary>
    public bool All => Grant.May(Policy.Wellbeing.ReadPrivate);

    /// <summary>The owner's newest place, checked against <see cref="Policy.Wellbeing.List"/>.</summary>
    public static async Task<Result<WellbeingOwner>> FindAsync(ProgrammePlaces places, Access access, Actor actor, Guid? ownerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(access);
        var owner = ownerId ?? actor.UserId;
        var place = await places.FindAsync(owner, null, ct);
        if (place is null) return owner == actor.UserId ? Error.Validation("", "You have no accepted place as a mentor or mentee yet.") : Error.Forbidden();
        var grant = await access.CheckPersonAsync(actor, Policy.Wellbeing.List, owner, place.ProgrammeId, ct);
        return grant.Denied is { } denied ? denied : new WellbeingOwner(owner, place.ProgrammeId, grant);
    }

    /// <summary>
    /// The refusal of a read of one entry: to the owner's partner a clear "not shared" (it was withdrawn, or never shared),
    /// without a word of its content; to anyone else the grant's own answer.
    /// </summary>
    public static Error? Refusal(Grant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        if (grant.Denied is not { } denied) return null;
        return denied.Kind == ErrorKind.Forbidden && grant.Has(Tie.Partner) ? NotShared : denied;
    }

    public const string NotSharedCode = "not_shared";

    public static readonly Error NotShared = new(ErrorKind.Forbidden, "This entry is no longer shared with you: its owner has withdrawn it (or never shared it).", null, NotSharedCode);
}

/// <summary>The kinds of wellbeing entry an owner shares one by one.</summary>
public enum WellbeingEntryKind { CheckIn, Stressor, Win }
