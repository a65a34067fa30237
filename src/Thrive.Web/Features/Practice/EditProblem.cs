namespace Thrive.Web.Features.Practice;

/// <summary>The owner changes what they logged about a problem (the same fields as logging it).</summary>
public static class EditProblem
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid problemId, LogProblem.Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Practice.Write, problemId, ct)).Denied is { } denied) return denied;
            var problem = await db.PracticeProblems.FirstAsync(p => p.Id == problemId, ct);
            var edited = problem.Edit(r.ToDetails(reader.Today), reader.Today, reader.UtcNow);
            if (edited.Succeeded) await db.SaveChangesAsync(ct);
            return edited;
        }
    }
}
