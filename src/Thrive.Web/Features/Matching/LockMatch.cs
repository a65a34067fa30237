namespace Thrive.Web.Features.Matching;

/// <summary>The coordinator locks a proposed pair so that re-solving keeps it, or unlocks it.</summary>
public static class LockMatch
{
    public sealed record Request
    {
        public Guid? MenteeId { get; init; }
        public Guid? MentorId { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> LockAsync(Actor actor, Guid programmeId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Pair.Propose, programmeId, ct)).Denied is { } denied) return denied;
            var (menteeId, mentorId) = (r.MenteeId ?? Guid.Empty, r.MentorId ?? Guid.Empty);
            var roles = await db.Participants.Where(p => p.ProgrammeId == programmeId && p.Status == ApplicationStatus.Accepted && (p.UserId == menteeId || p.UserId == mentorId))
                .Select(p => new { p.UserId, p.Role }).ToListAsync(ct);
            var v = new Validate()
                .That(roles.Any(x => x.UserId == menteeId && x.Role == ParticipantRole.Mentee), nameof(Request.MenteeId), "Choose an accepted mentee of this programme.")
                .That(roles.Any(x => x.UserId == mentorId && x.Role == ParticipantRole.Mentor), nameof(Request.MentorId), "Choose an accepted mentor of this programme.");
            if (!v.Ok) return Result<Unit>.Fail(v.Errors);
            await db.LockedMatches.Where(l => l.ProgrammeId == programmeId && l.MenteeId == menteeId).ExecuteDeleteAsync(ct);
            db.LockedMatches.Add(LockedMatch.Lock(programmeId, menteeId, mentorId, reader.UtcNow));
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
            { return Error.Conflict("This mentee was locked by someone else at the same moment. Reload to see the proposal.", code: "stale"); }
            return Result.Ok();
        }

        public async Task<Result<Unit>> UnlockAsync(Actor actor, Guid programmeId, Guid menteeId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Pair.Propose, programmeId, ct)).Denied is { } denied) return denied;
            await db.LockedMatches.Where(l => l.ProgrammeId == programmeId && l.MenteeId == menteeId).ExecuteDeleteAsync(ct);
            return Result.Ok();
        }
    }
}
