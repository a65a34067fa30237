namespace Thrive.Web.Features.Exams;

/// <summary>
/// The reader logs a practice test for their exam: the overall score in percent and, optionally, each domain's. When
/// the exam names a goal and this is the latest test, the goal's measure takes the score that day (saved together).
/// </summary>
public static class LogPracticeTest
{
    public sealed record Request
    {
        public DateOnly? TakenOn { get; init; }
        public int? Percent { get; init; }
        public string? Source { get; init; }
        public string? Note { get; init; }
        /// <summary>Scores per domain in percent; domains left out (or without a score) were not scored.</summary>
        public IReadOnlyList<DomainScoreInput>? Scores { get; init; }
    }

    public sealed record DomainScoreInput(Guid DomainId, int? Percent);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var exam = await MyExam.FindAsync(db, access, actor, ct);
            if (!exam.Succeeded) return Result<Guid>.Fail(exam.Errors);
            var e = exam.Value!;
            var day = r.TakenOn ?? reader.Today;
            var scores = (r.Scores ?? []).Where(s => s.Percent is not null).Select(s => new DomainScore(s.DomainId, s.Percent!.Value)).ToList();
            var test = ExamPracticeTest.Log(e, day, r.Percent, r.Source, r.Note, scores, reader.Today, reader.UtcNow);
            if (!test.Succeeded) return Result<Guid>.Fail(test.Errors);
            db.ExamPracticeTests.Add(test.Value!);
            if (e.GoalId is { } goalId && !await db.ExamPracticeTests.AnyAsync(t => t.ExamId == e.Id && t.TakenOn > day, ct))
            {
                var point = MeasureEntry.Record(goalId, day, r.Percent!.Value, ExamPracticeTest.GoalNote(r.Percent!.Value), actor.UserId, reader.Today, reader.UtcNow);
                if (point.Succeeded) db.MeasureEntries.Add(point.Value!);
            }
            await db.SaveChangesAsync(ct);
            return test.Value!.Id;
        }
    }
}

/// <summary>The reader's own exam in their newest programme, or a clear refusal when they have not set one up.</summary>
internal static class MyExam
{
    public static async Task<Result<Exam>> FindAsync(ThriveDbContext db, Access access, Actor actor, CancellationToken ct)
    {
        var place = await access.OwnPlaceAsync(actor, null, ct);
        if (!place.Succeeded) return Result<Exam>.Fail(place.Errors);
        var programmeId = place.Value!.ProgrammeId;
        var exam = await db.Exams.FirstOrDefaultAsync(e => e.OwnerId == actor.UserId && e.ProgrammeId == programmeId, ct);
        return exam is null ? Error.Validation("", "Set up your exam first: its name, date and domains.") : exam;
    }
}
