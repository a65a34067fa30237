namespace Thrive.Web.Features.Surveys;

/// <summary>A member answers their pair's relationship pulse (the round open today) or end survey, or changes the answer while it is open.</summary>
public static class AnswerPairSurvey
{
    /// <summary>The pulse uses <see cref="Working"/> and <see cref="Meeting"/>; the end survey <see cref="GoalsMet"/>, <see cref="Again"/> and <see cref="Recommend"/>.</summary>
    /// <param name="Named">"Show my name to the coordinator": the answer then shows on its own, with the name.</param>
    public sealed record Request
    {
        public int? Working { get; init; }
        public MeetingAsPlanned? Meeting { get; init; }
        public GoalsMet? GoalsMet { get; init; }
        public bool? Again { get; init; }
        public int? Recommend { get; init; }
        public string? Comment { get; init; }
        public bool Named { get; init; }

        public PairSurveyAnswer.Answers ToAnswers() => new(Working, Meeting, GoalsMet, Again, Recommend, Comment, Named);

        public static Request From(PairSurveyAnswer.Answers a)
        {
            ArgumentNullException.ThrowIfNull(a);
            return new() { Working = a.Working, Meeting = a.Meeting, GoalsMet = a.GoalsMet, Again = a.Again, Recommend = a.Recommend, Comment = a.Comment, Named = a.Named };
        }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid pairId, SurveyKind kind, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Survey.Answer, pairId, ct);
            if (grant.Denied is { } denied) return denied;
            var answers = r.ToAnswers();
            var checkedFirst = PairSurveyAnswer.Check(kind, answers);
            if (!checkedFirst.Ok) return Result<Unit>.Fail(checkedFirst.Errors);
            var pair = await db.Pairs.AsNoTracking().Where(p => p.Id == pairId).Select(p => new GetPairSurvey.Timing(p.State, p.ActivatedAt, p.EndedAt)).FirstAsync(ct);
            var (round, _, _, closed) = GetPairSurvey.Window(kind, pair, reader.Today, reader.TimeZone);
            if (closed is not null) return Error.Conflict(closed, code: "survey_closed");
            var side = grant.Side == PairSide.Mentor ? RaterSide.Mentor : RaterSide.Mentee;
            var mine = await OwnRow.FindOrStartAsync(db.PairSurveyAnswers, a => a.PairId == pairId && a.PersonId == actor.UserId && a.Kind == kind && a.Round == round,
                () => PairSurveyAnswer.Start(pairId, actor.UserId, side, kind, round), ct);
            var saved = mine.Answer(answers, reader.UtcNow);
            if (!saved.Succeeded) return saved;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsConflict()) { return Error.Conflict("You answered from another window at the same moment. Reload and try again.", code: "stale"); }
            return saved;
        }
    }
}
