namespace Thrive.Web.Features.Commitments;

/// <summary>
/// The owner takes back a check-in of the last week (a slip of the finger, or to record it again with another
/// amount); a goal the commitment feeds moves back in the same save.
/// </summary>
public static class UndoCheckIn
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, GoalFeedSync feed)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid commitmentId, DateOnly date, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Commitment.Write, commitmentId, ct)).Denied is { } denied) return denied;
            if (date < reader.Today.AddDays(-CheckIn.MaxDaysBack))
                return Error.Validation("Date", $"Check-ins can be taken back up to {CheckIn.MaxDaysBack} days later; older ones are history.");
            var c = await db.Commitments.AsNoTracking().FirstAsync(x => x.Id == commitmentId, ct);
            if (c.Archived) return Error.Conflict("This commitment is archived; restore it to change its check-ins.");
            var checkIns = await feed.CheckInsAsync(commitmentId, ct);
            if (checkIns.FirstOrDefault(x => x.Date == date) is not { } gone) return Error.NotFound("Check-in");
            db.CheckIns.Remove(gone);
            await feed.StageAsync(c, checkIns.Where(x => x.Date != date), actor.UserId, reader.UtcNow, ct);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Result.Ok(); } // another tab took it back first
            return Result.Ok();
        }
    }
}
