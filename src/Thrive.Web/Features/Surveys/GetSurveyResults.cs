namespace Thrive.Web.Features.Surveys;

/// <summary>
/// A programme's survey results for its coordinators: the session ratings of mentees and of mentors, each group shown
/// only as a whole of at least <see cref="SurveyAnonymity.MinimumPeople"/> people (count, average, how many gave each
/// score, comments without names), plus the answers whose authors chose to name themselves. One query.
/// </summary>
public static class GetSurveyResults
{
    /// <summary>At most this many ratings are read per programme, the newest first.</summary>
    public const int MaxAnswers = 20_000;

    /// <summary>A named answer as coordinators see it.</summary>
    public sealed record NamedAnswer(string Name, int Score, string Comment, DateTimeOffset AnsweredAt);

    /// <summary>One group's results: who they are ("Mentees"), the scale, the unnamed whole, and the named answers (newest first).</summary>
    public sealed record Group(string Key, string Title, int MinScore, int MaxScore, SurveyAnonymity.Aggregate Unnamed, IReadOnlyList<NamedAnswer> Named);

    public sealed record View(Guid ProgrammeId, string ProgrammeName, int MinimumPeople, IReadOnlyList<Group> SessionRatings);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid programmeId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Survey.Results, programmeId, ct)).Denied is { } denied) return denied;
            var name = await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Name).FirstAsync(ct);
            // A name is read only for answers whose authors named themselves.
            var rows = await (
                    from r in db.SessionRatings.AsNoTracking()
                    join p in db.Pairs on r.PairId equals p.Id
                    where p.ProgrammeId == programmeId
                    join u in db.Users on r.RaterId equals u.Id
                    orderby r.AnsweredAt descending, r.Id
                    select new { r.RaterId, r.Side, r.Score, r.Comment, r.Named, r.AnsweredAt, Name = r.Named ? u.DisplayName : "" })
                .Take(MaxAnswers).ToListAsync(ct);
            Group GroupOf(RaterSide side, string title)
            {
                var mine = rows.Where(r => r.Side == side).ToList();
                var results = SurveyAnonymity.Summarise(mine.Select(r => new SurveyAnswer(r.RaterId, r.Score, r.Comment, r.Named, r.Name)),
                    SessionRating.MinScore, SessionRating.MaxScore);
                return new Group(side.ToString().ToLowerInvariant(), title, SessionRating.MinScore, SessionRating.MaxScore, results.Unnamed,
                    mine.Where(r => r.Named).Select(r => new NamedAnswer(r.Name, r.Score, r.Comment, r.AnsweredAt)).ToList());
            }
            return new View(programmeId, name, SurveyAnonymity.MinimumPeople,
                [GroupOf(RaterSide.Mentee, "Session ratings by mentees"), GroupOf(RaterSide.Mentor, "Session ratings by mentors")]);
        }
    }
}
