namespace Thrive.Web.Features.Surveys;

/// <summary>A member rates a held session from 1 to 5, with an optional comment, and may name themselves to the coordinators.</summary>
public static class RateSession
{
    /// <param name="Named">"Show my name to the coordinator": the answer then shows on its own, with the name.</param>
    public sealed record Request
    {
        public int? Score { get; init; }
        public string? Comment { get; init; }
        public bool Named { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid sessionId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Survey.Rate, sessionId, ct);
            if (grant.Denied is { } denied) return denied;
            var checkedFirst = SessionRating.Check(r.Score, r.Comment);
            if (!checkedFirst.Ok) return Result<Unit>.Fail(checkedFirst.Errors);
            var session = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => new { s.PairId, s.Status, s.StartUtc }).FirstAsync(ct);
            var now = reader.UtcNow;
            if (SessionRating.RefuseUnlessOpen(session.Status, session.StartUtc, now) is { } closed) return closed;
            var side = grant.Side == PairSide.Mentor ? RaterSide.Mentor : RaterSide.Mentee;
            var mine = await OwnRow.FindOrStartAsync(db.SessionRatings, x => x.SessionId == sessionId && x.RaterId == actor.UserId,
                () => SessionRating.Start(sessionId, session.PairId, actor.UserId, side), ct);
            var saved = mine.Answer(r.Score, r.Comment, r.Named, now);
            if (!saved.Succeeded) return saved;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsConflict()) { return Error.Conflict("You rated this session from another window at the same moment. Reload and try again.", code: "stale"); }
            return saved;
        }
    }
}
