namespace Thrive.Web.Features.Exams;

/// <summary>The owner removes a practice test (a score typed wrongly); a goal value it gave stays in the goal's history.</summary>
public static class DeletePracticeTest
{
    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid testId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.ExamPrep.Write, testId, ct)).Denied is { } denied) return denied;
            var test = await db.ExamPracticeTests.FirstAsync(t => t.Id == testId, ct);
            db.ExamPracticeTests.Remove(test);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
