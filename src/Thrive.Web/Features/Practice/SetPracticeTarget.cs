namespace Thrive.Web.Features.Practice;

/// <summary>The reader sets their log's weekly target: a number of problems, or one of their commitments' weekly target.</summary>
public static class SetPracticeTarget
{
    public sealed record Request
    {
        public int? WeeklyTarget { get; init; }
        /// <summary>Follow this commitment's weekly target instead of a number of one's own.</summary>
        public Guid? CommitmentId { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<Unit>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            if (r.CommitmentId is { } c && !await db.Commitments.AnyAsync(x => x.Id == c && x.OwnerId == actor.UserId && x.ProgrammeId == programmeId && !x.Archived, ct))
                return Error.Validation(nameof(Request.CommitmentId), "Choose one of your current commitments, or a number.");
            var log = await db.PracticeLogs.FirstOrDefaultAsync(l => l.OwnerId == actor.UserId && l.ProgrammeId == programmeId, ct);
            if (log is null) db.PracticeLogs.Add(log = PracticeLog.Start(programmeId, actor.UserId, reader.UtcNow));
            var set = log.SetTarget(r.WeeklyTarget, r.CommitmentId, reader.UtcNow);
            if (!set.Succeeded) return set;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation()) { return Error.Conflict("The target was just set in another tab; reload and try again.", null, "stale"); }
            return set;
        }
    }
}
