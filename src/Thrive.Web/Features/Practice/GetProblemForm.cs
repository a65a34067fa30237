namespace Thrive.Web.Features.Practice;

/// <summary>A logged problem as its owner's edit form shows it.</summary>
public static class GetProblemForm
{
    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<LogProblem.Request>> HandleAsync(Actor actor, Guid problemId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Practice.Write, problemId, ct)).Denied is { } denied) return denied;
            return LogProblem.Request.From(await db.PracticeProblems.AsNoTracking().FirstAsync(p => p.Id == problemId, ct));
        }
    }
}
