namespace Thrive.Web.Features.Exams;

/// <summary>
/// The owner removes a practice test (a score typed wrongly). When the exam feeds a goal, the value that test gave the goal
/// goes with it, and the goal falls back to the latest score left.
/// </summary>
public static class DeletePracticeTest
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid testId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.ExamPrep.Write, testId, ct)).Denied is { } denied) return denied;
            var test = await db.ExamPracticeTests.FirstAsync(t => t.Id == testId, ct);
            var goalId = await db.Exams.Where(e => e.Id == test.ExamId).Select(e => e.GoalId).FirstOrDefaultAsync(ct);
            db.ExamPracticeTests.Remove(test);
            if (goalId is { } goal)
            {
                var note = ExamPracticeTest.GoalNote(test.Percent);
                var point = await db.MeasureEntries.Where(m => m.GoalId == goal && m.Date == test.TakenOn && m.Value == test.Percent && m.Note == note)
                    .OrderByDescending(m => m.RecordedAt).FirstOrDefaultAsync(ct);
                if (point is not null)
                {
                    db.MeasureEntries.Remove(point);
                    var before = await db.ExamPracticeTests.AsNoTracking().Where(t => t.ExamId == test.ExamId && t.Id != test.Id)
                        .OrderByDescending(t => t.TakenOn).ThenByDescending(t => t.CreatedAt).FirstOrDefaultAsync(ct);
                    if (before is not null && !await db.MeasureEntries.AnyAsync(m => m.GoalId == goal && m.Date == before.TakenOn && m.Value == before.Percent, ct))
                    {
                        var back = MeasureEntry.Record(goal, before.TakenOn, before.Percent, ExamPracticeTest.GoalNote(before.Percent), actor.UserId, reader.Today, reader.UtcNow);
                        if (back.Succeeded) db.MeasureEntries.Add(back.Value!);
                    }
                }
            }
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
