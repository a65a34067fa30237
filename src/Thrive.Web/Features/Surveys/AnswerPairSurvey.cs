namespace Thrive.Web.Features.Surveys;

/// <summary>
/// A member answers their pair's relationship pulse (the round open today) or end survey, or changes the answer while
/// it is open: the standard questions and the programme's own questions, checked together and saved together.
/// </summary>
public static class AnswerPairSurvey
{
    /// <summary>An answer to one of the programme's own questions: <see cref="Number"/> for a 1-5 scale, 0-10 or yes/no (yes 1, no 0), <see cref="Text"/> for free text.</summary>
    public sealed record CustomAnswer
    {
        public Guid QuestionId { get; init; }
        public int? Number { get; init; }
        public string? Text { get; init; }
    }

    /// <summary>The pulse uses <see cref="Working"/> and <see cref="Meeting"/>; the end survey <see cref="GoalsMet"/>, <see cref="Again"/> and <see cref="Recommend"/>.</summary>
    /// <param name="Named">"Show my name to the coordinator": the answer then shows on its own, with the name.</param>
    /// <param name="Custom">Answers to the programme's own questions, by question id; a required one must be answered.</param>
    public sealed record Request
    {
        public int? Working { get; init; }
        public MeetingAsPlanned? Meeting { get; init; }
        public GoalsMet? GoalsMet { get; init; }
        public bool? Again { get; init; }
        public int? Recommend { get; init; }
        public string? Comment { get; init; }
        public bool Named { get; init; }
        public IReadOnlyList<CustomAnswer>? Custom { get; init; }

        public PairSurveyAnswer.Answers ToAnswers() => new(Working, Meeting, GoalsMet, Again, Recommend, Comment, Named);

        public static Request From(PairSurveyAnswer.Answers a, IReadOnlyList<GetPairSurvey.Question> questions)
        {
            ArgumentNullException.ThrowIfNull(a);
            ArgumentNullException.ThrowIfNull(questions);
            return new()
            {
                Working = a.Working, Meeting = a.Meeting, GoalsMet = a.GoalsMet, Again = a.Again, Recommend = a.Recommend, Comment = a.Comment, Named = a.Named,
                Custom = questions.Select(q => new CustomAnswer { QuestionId = q.Id, Number = q.Number, Text = q.Text }).ToList(),
            };
        }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, SurveyKind kind, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Survey.Answer, pairId, ct);
            if (grant.Denied is { } denied) return denied;
            var pair = await db.Pairs.AsNoTracking().Where(p => p.Id == pairId).Select(p => new { p.ProgrammeId, Timing = new GetPairSurvey.Timing(p.State, p.ActivatedAt, p.EndedAt) }).FirstAsync(ct);
            var questions = await db.SurveyQuestions.AsNoTracking().Where(q => q.ProgrammeId == pair.ProgrammeId && q.Kind == kind)
                .OrderBy(q => q.Position).ThenBy(q => q.Id).Take(SurveyQuestion.MaxPerSurvey).ToListAsync(ct);
            var asked = questions.Where(q => !q.Retired).ToList();
            var answers = r.ToAnswers();
            var given = (r.Custom ?? []).Select(c => c is null ? null! : new SurveyQuestion.Given(c.QuestionId, c.Number, c.Text)).ToList();
            var checkedFirst = SurveyQuestion.CheckAnswers(PairSurveyAnswer.Check(kind, answers), asked, questions.Where(q => q.Retired).Select(q => q.Id).ToHashSet(), given);
            if (!checkedFirst.Ok) return Result<Unit>.Fail(checkedFirst.Errors);
            var (round, _, _, closed) = GetPairSurvey.Window(kind, pair.Timing, reader.Today, reader.TimeZone);
            if (closed is not null) return Error.Conflict(closed, code: "survey_closed");
            var side = grant.Side == PairSide.Mentor ? RaterSide.Mentor : RaterSide.Mentee;
            var mine = await OwnRow.FindOrStartAsync(db.PairSurveyAnswers, a => a.PairId == pairId && a.PersonId == actor.UserId && a.Kind == kind && a.Round == round,
                () => PairSurveyAnswer.Start(pairId, actor.UserId, side, kind, round), ct);
            var saved = mine.Answer(answers, reader.UtcNow);
            if (!saved.Succeeded) return saved;
            await SaveCustomAsync(mine.Id, asked, given, ct);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsConflict()) { return Error.Conflict("You answered from another window at the same moment. Reload and try again.", code: "stale"); }
            return saved;
        }

        /// <summary>Sets the answers to the questions asked (a blank optional one removes an earlier answer); answers to retired questions stay as they were.</summary>
        private async Task SaveCustomAsync(Guid surveyAnswerId, List<SurveyQuestion> asked, List<SurveyQuestion.Given> given, CancellationToken ct)
        {
            if (asked.Count == 0) return;
            var askedIds = asked.Select(q => q.Id).ToList();
            var existing = await db.SurveyQuestionAnswers.Where(a => a.SurveyAnswerId == surveyAnswerId && askedIds.Contains(a.QuestionId))
                .OrderBy(a => a.QuestionId).Take(SurveyQuestion.MaxPerSurvey).ToDictionaryAsync(a => a.QuestionId, ct);
            foreach (var q in asked)
            {
                var answer = given.FirstOrDefault(g => g.QuestionId == q.Id);
                var row = existing.GetValueOrDefault(q.Id);
                if (!q.IsGiven(answer?.Number, answer?.Text))
                {
                    if (row is not null) db.SurveyQuestionAnswers.Remove(row);
                    continue;
                }
                if (row is null) { row = SurveyQuestionAnswer.Start(surveyAnswerId, q.Id); db.SurveyQuestionAnswers.Add(row); }
                row.Set(q, answer!.Number, answer.Text);
            }
        }
    }
}
