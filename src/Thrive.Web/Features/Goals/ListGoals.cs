namespace Thrive.Web.Features.Goals;

/// <summary>A person's goals in one of their programmes, with progress: theirs, their partner's, and (read only) those who run the programme.</summary>
public static class ListGoals
{
    /// <summary><see cref="IsOwner"/> is the reader's own list; <see cref="CanWrite"/> may set and change goals in it.</summary>
    public sealed record View(Guid OwnerId, string OwnerName, Guid ProgrammeId, string ProgrammeName, bool IsOwner, bool CanWrite, IReadOnlyList<GoalRows.Row> Goals);

    public sealed class Handler(ThriveDbContext db, Access access, ProgrammePlaces places, GoalRows rows)
    {
        /// <summary>The goals of <paramref name="ownerId"/> (the reader's own when null) in <paramref name="programmeId"/> (their newest place when null).</summary>
        public async Task<Result<View>> HandleAsync(Actor actor, Guid? ownerId, Guid? programmeId, CancellationToken ct)
        {
            var owner = ownerId ?? actor.UserId;
            var place = await places.FindAsync(owner, programmeId, ct);
            if (place is null) return owner == actor.UserId ? Error.Validation("", "You have no accepted place as a mentor or mentee yet.") : Error.NotFound("Person");
            var grant = await access.CheckPersonAsync(actor, Policy.Goal.List, owner, place.ProgrammeId, ct);
            if (grant.Denied is { } denied) return denied;
            var goals = await rows.ForOwnersAsync([owner], place.ProgrammeId, ct);
            var name = await db.Users.Where(u => u.Id == owner).Select(u => u.DisplayName).FirstAsync(ct);
            return new View(owner, name, place.ProgrammeId, place.ProgrammeName, grant.Has(Tie.Owner), grant.May(Policy.Goal.Write), goals);
        }
    }
}
