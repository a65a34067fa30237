namespace Thrive.Web.Features.Surveys;

/// <summary>A coordinator retires one of the programme's own survey questions: it is no longer asked, and its answers stay in the results.</summary>
public static class RetireSurveyQuestion
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid programmeId, Guid questionId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Survey.Questions, programmeId, ct)).Denied is { } denied) return denied;
            var question = await db.SurveyQuestions.FirstOrDefaultAsync(q => q.Id == questionId && q.ProgrammeId == programmeId, ct);
            if (question is null) return Error.NotFound("The question");
            question.Retire(reader.UtcNow);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
