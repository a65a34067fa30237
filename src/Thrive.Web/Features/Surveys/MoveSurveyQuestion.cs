namespace Thrive.Web.Features.Surveys;

/// <summary>A coordinator moves one of the programme's own survey questions to another place among the questions still asked.</summary>
public static class MoveSurveyQuestion
{
    /// <param name="Position">The new place among the survey's questions still asked, 1 first (after the standard questions).</param>
    public sealed record Request
    {
        public int Position { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid programmeId, Guid questionId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Survey.Questions, programmeId, ct)).Denied is { } denied) return denied;
            var question = await db.SurveyQuestions.AsNoTracking().Where(q => q.Id == questionId && q.ProgrammeId == programmeId)
                .Select(q => new { q.Kind, q.RetiredAt }).FirstOrDefaultAsync(ct);
            if (question is null) return Error.NotFound("The question");
            if (question.RetiredAt is not null) return Error.Conflict("This question is retired and no longer asked; it keeps its place.", code: "question_retired");
            var asked = await db.SurveyQuestions.Where(q => q.ProgrammeId == programmeId && q.Kind == question.Kind && q.RetiredAt == null)
                .OrderBy(q => q.Position).ThenBy(q => q.Id).Take(SurveyQuestion.MaxActivePerSurvey * 2).ToListAsync(ct);
            var v = new Validate().Range(nameof(Request.Position), r.Position, "The place", 1, asked.Count);
            if (!v.Ok) return Result<Unit>.Fail(v.Errors);
            var moving = asked.Single(q => q.Id == questionId);
            asked.Remove(moving);
            asked.Insert(r.Position - 1, moving);
            // Asked questions take places 1..n; retired ones keep theirs, which only order the results.
            for (var i = 0; i < asked.Count; i++) asked[i].MoveTo(i + 1);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
