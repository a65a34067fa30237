namespace Thrive.Web.Features.Surveys;

/// <summary>
/// A coordinator changes one of the programme's own survey questions: whether it is required at any time; its wording
/// and answer type only while nobody has answered it (409 after that: retire it and add a new one).
/// </summary>
public static class EditSurveyQuestion
{
    public sealed record Request
    {
        public string? Text { get; init; }
        public SurveyAnswerType AnswerType { get; init; }
        public bool Required { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid programmeId, Guid questionId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Survey.Questions, programmeId, ct)).Denied is { } denied) return denied;
            var question = await db.SurveyQuestions.FirstOrDefaultAsync(q => q.Id == questionId && q.ProgrammeId == programmeId, ct);
            if (question is null) return Error.NotFound("The question");
            var answered = await db.SurveyQuestionAnswers.AnyAsync(a => a.QuestionId == questionId, ct);
            var edited = question.Edit(r.Text, r.AnswerType, r.Required, answered);
            if (!edited.Succeeded) return edited;
            await db.SaveChangesAsync(ct);
            return edited;
        }
    }
}
