namespace Thrive.Web.Features.Commitments;

/// <summary>
/// The owner rewords a commitment, changes how often or which way its number aims, or links it to one of their goals
/// (naming it, or feeding its measure). The goal's measure follows at once from the check-ins already there.
/// </summary>
public static class EditCommitment
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, GoalFeedSync feed)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid commitmentId, CreateCommitment.Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Commitment.Write, commitmentId, ct);
            if (grant.Denied is { } denied) return denied;
            var c = await db.Commitments.FirstAsync(x => x.Id == commitmentId, ct);
            var details = r.ToDetails();
            var edited = c.Edit(details, reader.UtcNow);
            if (!edited.Succeeded) return edited;
            if (await GoalLink.CheckAsync(db, details, c.OwnerId, c.ProgrammeId, c.Id, ct) is { } wrongGoal) return wrongGoal;
            await feed.StageAsync(c, await feed.CheckInsAsync(c.Id, ct), actor.UserId, reader.UtcNow, ct);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict("The commitment was changed in another tab; reload it and try again.", code: "stale"); }
            return Result.Ok();
        }
    }
}
