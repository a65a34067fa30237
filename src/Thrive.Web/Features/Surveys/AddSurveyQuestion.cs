namespace Thrive.Web.Features.Surveys;

/// <summary>A coordinator adds a question of the programme's own to its pulse or end survey, asked after the standard ones and the other questions.</summary>
public static class AddSurveyQuestion
{
    /// <param name="Required">Whether members must answer it; optional questions may be left blank.</param>
    public sealed record Request
    {
        public SurveyKind Kind { get; init; }
        public string? Text { get; init; }
        public SurveyAnswerType AnswerType { get; init; }
        public bool Required { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Guid>> HandleAsync(Actor actor, Guid programmeId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Survey.Questions, programmeId, ct)).Denied is { } denied) return denied;
            var counts = await db.SurveyQuestions.Where(q => q.ProgrammeId == programmeId && q.Kind == r.Kind)
                .GroupBy(q => q.Kind)
                .Select(g => new { All = g.Count(), Active = g.Count(q => q.RetiredAt == null), Last = g.Max(q => q.Position) })
                .FirstOrDefaultAsync(ct);
            var added = SurveyQuestion.Add(programmeId, r.Kind, r.Text, r.AnswerType, r.Required, counts?.Active ?? 0, counts?.All ?? 0, (counts?.Last ?? 0) + 1);
            if (!added.Succeeded) return Result<Guid>.Fail(added.Errors);
            db.SurveyQuestions.Add(added.Value!);
            await db.SaveChangesAsync(ct);
            return added.Value!.Id;
        }
    }
}
