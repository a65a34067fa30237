namespace Thrive.Web.Features.Practice;

/// <summary>
/// The owner solves a due problem again: alone moves it to its next second attempt (1, 7, then 30 days), with a hint
/// or the solution starts the schedule again. Days are the reader's.
/// </summary>
public static class AttemptAgain
{
    public sealed record Request
    {
        public SolvedHow How { get; init; } = SolvedHow.Alone;
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid problemId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Practice.Write, problemId, ct)).Denied is { } denied) return denied;
            var problem = await db.PracticeProblems.FirstAsync(p => p.Id == problemId, ct);
            var done = problem.RecordSecondAttempt(r.How, reader.Today, reader.UtcNow);
            if (!done.Succeeded) return done;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Error.Conflict("This problem was just attempted in another tab; reload to see it.", null, "stale"); }
            return done;
        }
    }
}
