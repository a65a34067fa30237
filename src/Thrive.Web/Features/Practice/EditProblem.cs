namespace Thrive.Web.Features.Practice;

/// <summary>
/// The owner changes what they logged about a problem (the same fields as logging it, with the version they opened): a
/// problem changed since (edited in another tab, or attempted again) answers 409 with code "stale" and keeps its latest.
/// </summary>
public static class EditProblem
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid problemId, LogProblem.Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Practice.Write, problemId, ct)).Denied is { } denied) return denied;
            var problem = await db.PracticeProblems.FirstAsync(p => p.Id == problemId, ct);
            if (r.Version is not { } version || version != problem.Version) return Stale();
            var edited = problem.Edit(r.ToDetails(reader.Today), reader.Today, reader.UtcNow);
            if (!edited.Succeeded) return edited;
            db.Entry(problem).Property(p => p.Version).OriginalValue = version;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Stale(); }
            return edited;
        }

        private static Error Stale() =>
            Error.Conflict("This problem changed after you opened it (in another tab, or by an attempt). Reload to see the latest, then edit again.", code: "stale");
    }
}
