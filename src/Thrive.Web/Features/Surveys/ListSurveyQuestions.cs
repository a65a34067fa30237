namespace Thrive.Web.Features.Surveys;

/// <summary>
/// A programme's own pulse and end-survey questions for its coordinators, in the order they are asked (after the
/// standard questions), retired ones last, each with how many answers it has (its wording is fixed once it has any).
/// </summary>
public static class ListSurveyQuestions
{
    /// <param name="Answers">How many answers the question has; once it has any, its wording and answer type stay as they are.</param>
    public sealed record Question(Guid Id, SurveyKind Kind, string Text, SurveyAnswerType AnswerType, int Position, bool Required, bool Retired, int Answers);

    public sealed record View(Guid ProgrammeId, string ProgrammeName, IReadOnlyList<Question> Pulse, IReadOnlyList<Question> End)
    {
        public IReadOnlyList<Question> Of(SurveyKind kind) => kind == SurveyKind.Pulse ? Pulse : End;
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid programmeId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Survey.Questions, programmeId, ct)).Denied is { } denied) return denied;
            var name = await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Name).FirstAsync(ct);
            // Bounded: a survey has at most SurveyQuestion.MaxPerSurvey questions.
            var rows = await db.SurveyQuestions.AsNoTracking().Where(q => q.ProgrammeId == programmeId)
                .OrderBy(q => q.RetiredAt != null).ThenBy(q => q.Position).ThenBy(q => q.Id)
                .Select(q => new Question(q.Id, q.Kind, q.Text, q.AnswerType, q.Position, q.Required, q.RetiredAt != null,
                    db.SurveyQuestionAnswers.Count(a => a.QuestionId == q.Id)))
                .Take(2 * SurveyQuestion.MaxPerSurvey).ToListAsync(ct);
            return new View(programmeId, name, rows.Where(q => q.Kind == SurveyKind.Pulse).ToList(), rows.Where(q => q.Kind == SurveyKind.End).ToList());
        }
    }
}
