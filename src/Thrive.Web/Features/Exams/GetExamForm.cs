namespace Thrive.Web.Features.Exams;

/// <summary>The exam form as its owner sees it: their exam, or a programme template's certification, or empty; and the goals a practice score can feed.</summary>
public static class GetExamForm
{
    public sealed record GoalChoice(Guid Id, string Title);

    public sealed record View(SaveExam.Request Input, bool Exists, DateOnly Today, IReadOnlyList<GoalChoice> Goals);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid? templateId, CancellationToken ct)
        {
            var place = await access.OwnPlaceAsync(actor, null, ct);
            if (!place.Succeeded) return Result<View>.Fail(place.Errors);
            var programmeId = place.Value!.ProgrammeId;
            var exam = await db.Exams.AsNoTracking().FirstOrDefaultAsync(e => e.OwnerId == actor.UserId && e.ProgrammeId == programmeId, ct);
            var template = templateId is { } t ? await db.ExamTemplates.AsNoTracking().FirstOrDefaultAsync(x => x.Id == t && x.ProgrammeId == programmeId, ct) : null;
            var goals = await db.Goals.AsNoTracking().Where(g => g.OwnerId == actor.UserId && g.ProgrammeId == programmeId && g.Smart.Metric != "" && g.Smart.Target != null)
                .OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).Take(50).Select(g => new GoalChoice(g.Id, g.Title)).ToListAsync(ct);
            var input = template is not null ? SaveExam.Request.From(template) with { ExamOn = exam?.ExamOn, GoalId = exam?.GoalId, StudyPlan = exam?.StudyPlan }
                : exam is not null ? SaveExam.Request.From(exam)
                : new SaveExam.Request { ScaleMin = 0, ScaleMax = 100, PassingScore = 70 };
            return new View(input, exam is not null, reader.Today, goals);
        }
    }
}
