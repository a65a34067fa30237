namespace Thrive.Web.Features.Exams;

/// <summary>The reader records the score their exam gave them, from the exam day on: passed at or above the passing score.</summary>
public static class RecordExamResult
{
    public sealed record Request
    {
        public int? Score { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var exam = await MyExam.FindAsync(db, access, actor, ct);
            if (!exam.Succeeded) return Result<Unit>.Fail(exam.Errors);
            var done = exam.Value!.RecordResult(r.Score, reader.Today, reader.UtcNow);
            if (done.Succeeded) await db.SaveChangesAsync(ct);
            return done;
        }
    }
}
