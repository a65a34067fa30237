using Thrive.Web.Features.Commitments;

namespace Thrive.Web.Features.Roles;

/// <summary>
/// The reader makes the weekly commitment to arrange the next conversation, through the Commitments area's own use
/// case; the tool remembers it to show its streak instead of the offer.
/// </summary>
public static class CommitToConversations
{
    public const string Behaviour = "arrange a conversation with someone in another role";

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, CreateCommitment.Handler create)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, CancellationToken ct)
        {
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Guid>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            var x = await db.RoleExplorations.FirstOrDefaultAsync(e => e.OwnerId == actor.UserId && e.ProgrammeId == programmeId, ct);
            if (x?.CommitmentId is { } existing && await db.Commitments.AnyAsync(c => c.Id == existing && !c.Archived, ct))
                return Error.Conflict("You already have this weekly commitment: check in on it from your commitments.", null, "already_committed");
            var made = await create.HandleAsync(actor, new CreateCommitment.Request
            {
                Form = CommitmentForm.HabitStacking, Behaviour = Behaviour, CurrentHabit = "my Monday planning", Times = 1, Period = HabitPeriod.Week,
                Kind = CommitmentKind.YesNo, GoalId = x?.GoalId,
            }, ct);
            if (!made.Succeeded) return made;
            if (x is null) db.RoleExplorations.Add(x = RoleExploration.Start(programmeId, actor.UserId, reader.UtcNow));
            x.Committed(made.Value, reader.UtcNow);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation()) { return Error.Conflict("The commitment was just made in another tab; reload to see it.", null, "stale"); }
            return made.Value;
        }
    }
}
