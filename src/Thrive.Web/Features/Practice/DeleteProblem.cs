namespace Thrive.Web.Features.Practice;

/// <summary>The owner removes a problem from their log.</summary>
public static class DeleteProblem
{
    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid problemId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Practice.Write, problemId, ct)).Denied is { } denied) return denied;
            await db.PracticeProblems.Where(p => p.Id == problemId).ExecuteDeleteAsync(ct);
            return Result.Ok();
        }
    }
}
