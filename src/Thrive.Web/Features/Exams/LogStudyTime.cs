namespace Thrive.Web.Features.Exams;

/// <summary>The reader logs time studied for their exam, on one of its domains or in general.</summary>
public static class LogStudyTime
{
    public sealed record Request
    {
        public Guid? DomainId { get; init; }
        public DateOnly? StudiedOn { get; init; }
        public int? Minutes { get; init; }
        public string? Note { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var exam = await MyExam.FindAsync(db, access, actor, ct);
            if (!exam.Succeeded) return Result<Guid>.Fail(exam.Errors);
            var log = ExamStudyLog.Log(exam.Value!, r.DomainId, r.StudiedOn ?? reader.Today, r.Minutes, r.Note, reader.Today, reader.UtcNow);
            if (!log.Succeeded) return Result<Guid>.Fail(log.Errors);
            db.ExamStudyLogs.Add(log.Value!);
            await db.SaveChangesAsync(ct);
            return log.Value!.Id;
        }
    }
}

/// <summary>The reader removes a study session of their own exam (typed wrongly); the totals follow.</summary>
public static class RemoveStudyTime
{
    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid id, CancellationToken ct)
        {
            var exam = await MyExam.FindAsync(db, access, actor, ct);
            if (!exam.Succeeded) return Result<Unit>.Fail(exam.Errors);
            var examId = exam.Value!.Id;
            return await db.ExamStudyLogs.Where(s => s.Id == id && s.ExamId == examId).ExecuteDeleteAsync(ct) == 1 ? Result.Ok() : Error.NotFound("Study session");
        }
    }
}
