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
