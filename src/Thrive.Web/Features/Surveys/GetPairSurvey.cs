namespace Thrive.Web.Features.Surveys;

/// <summary>
/// A member's own answer to their pair's relationship pulse (the round open today) or end survey, to give or change it;
/// never the partner's. The pulse opens <see cref="PulseSchedule.FirstAfterDays"/> days after the pair started, then
/// every <see cref="PulseSchedule.EveryDays"/> days while the pair is active; the end survey is open while the pair is
/// active and for <see cref="PairSurveyAnswer.EndOpenDays"/> days after it completed.
/// </summary>
public static class GetPairSurvey
{
    /// <param name="Round">The pulse round open today (1, 2, ...), 0 when none is; always 0 for the end survey.</param>
    /// <param name="OpenUntil">The last day the open round (or the end survey) can be answered or changed; null when not open.</param>
    /// <param name="NextOn">When no pulse round is open: the day the next one opens, if the pair is active.</param>
    /// <param name="Questions">The programme's own questions asked after the standard ones, in order, each with the reader's answer.</param>
    public sealed record View(Guid PairId, SurveyKind Kind, string PartnerName, bool Open, int Round, DateOnly? OpenUntil, DateOnly? NextOn,
        PairSurveyAnswer.Answers Mine, DateTimeOffset? AnsweredAt, string? Closed, IReadOnlyList<Question> Questions);

    /// <summary>One of the programme's own questions, with the reader's answer: <paramref name="Number"/> (yes 1, no 0) or <paramref name="Text"/>.</summary>
    public sealed record Question(Guid Id, string Title, SurveyAnswerType AnswerType, bool Required, int? Number, string Text);

    /// <summary>What decides whether a pair's survey is open: its state, when it started and ended.</summary>
    internal sealed record Timing(PairState State, DateTimeOffset? ActivatedAt, DateTimeOffset? EndedAt);

    /// <summary>The round open today (0 for the end survey), the last day to answer, and why it is closed (null when open).</summary>
    internal static (int Round, DateOnly? Until, DateOnly? Next, string? Closed) Window(SurveyKind kind, Timing t, DateOnly today, string? zone)
    {
        if (t.ActivatedAt is not { } activated) return (0, null, null, "The surveys open once your coordinator confirms the pair.");
        var started = TimeZones.LocalDate(activated, zone);
        if (kind == SurveyKind.End)
        {
            if (t.State == PairState.Active) return (0, null, null, null);
            if (t.State == PairState.Completed && t.EndedAt is { } ended && TimeZones.LocalDate(ended, zone).AddDays(PairSurveyAnswer.EndOpenDays) is var last && today <= last)
                return (0, last, null, null);
            return (0, null, null, $"The end survey can be answered while the pair is active and for {PairSurveyAnswer.EndOpenDays} days after it completed; it is closed.");
        }
        if (t.State != PairState.Active) return (0, null, null, "The pulse is asked while the pair is active; this relationship has ended.");
        var round = PulseSchedule.RoundOn(started, today);
        return round == 0
            ? (0, null, PulseSchedule.OpensOn(started, 1), $"The first pulse opens {PulseSchedule.FirstAfterDays} days after your pair started.")
            : (round, PulseSchedule.LastDay(started, round), null, null);
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid pairId, SurveyKind kind, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Survey.Answer, pairId, ct)).Denied is { } denied) return denied;
            var me = actor.UserId;
            var pair = await (
                    from p in db.Pairs.AsNoTracking()
                    where p.Id == pairId
                    join u in db.Users on (p.MentorId == me ? p.MenteeId : p.MentorId) equals u.Id
                    select new { p.ProgrammeId, p.State, p.ActivatedAt, p.EndedAt, Partner = u.DisplayName })
                .FirstAsync(ct);
            var (round, until, next, closed) = Window(kind, new(pair.State, pair.ActivatedAt, pair.EndedAt), reader.Today, reader.TimeZone);
            // The end survey is round 0; a closed pulse shows the reader's latest round.
            var mine = await db.PairSurveyAnswers.AsNoTracking()
                .Where(a => a.PairId == pairId && a.PersonId == me && a.Kind == kind && (closed != null || a.Round == round))
                .OrderByDescending(a => a.Round).FirstOrDefaultAsync(ct);
            var answers = mine is null ? new PairSurveyAnswer.Answers(null, null, null, null, null, "", false)
                : new PairSurveyAnswer.Answers(mine.Working, mine.Meeting, mine.GoalsMet, mine.Again, mine.Recommend, mine.Comment, mine.Named);
            var mineId = mine?.Id ?? Guid.Empty;
            var questions = await db.SurveyQuestions.AsNoTracking()
                .Where(q => q.ProgrammeId == pair.ProgrammeId && q.Kind == kind && q.RetiredAt == null)
                .OrderBy(q => q.Position).ThenBy(q => q.Id)
                .Select(q => new
                {
                    q.Id, q.Text, q.AnswerType, q.Required,
                    Mine = db.SurveyQuestionAnswers.Where(a => a.SurveyAnswerId == mineId && a.QuestionId == q.Id).Select(a => new { a.Number, a.Text }).FirstOrDefault(),
                })
                .Take(SurveyQuestion.MaxActivePerSurvey * 2).ToListAsync(ct);
            return new View(pairId, kind, pair.Partner, closed is null, round, until, next, answers, mine?.AnsweredAt, closed,
                questions.Select(q => new Question(q.Id, q.Text, q.AnswerType, q.Required, q.Mine?.Number, q.Mine?.Text ?? "")).ToList());
        }
    }
}
