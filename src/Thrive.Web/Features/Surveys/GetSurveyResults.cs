using System.Globalization;

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

    /// <summary>One question of a pair survey: its answers' labels (lowest score first) and the unnamed whole; <see cref="Average"/> for a scale.</summary>
    public sealed record Question(string Key, string Title, IReadOnlyList<string> Labels, bool Average, SurveyAnonymity.Aggregate Unnamed);

    /// <summary>A named answer to a pair survey, as coordinators see it.</summary>
    public sealed record NamedSurveyAnswer(string Name, RaterSide Side, int Round, int? Working, MeetingAsPlanned? Meeting, GoalsMet? GoalsMet, bool? Again, int? Recommend,
        string Comment, DateTimeOffset AnsweredAt);

    /// <summary>
    /// A pair survey's results, mentees and mentors together (every pulse round together): each question's unnamed whole
    /// (shown or not for all questions at once, as the same people answered them), the comments without names, the Net
    /// Promoter Score of the end survey, and the named answers (newest first).
    /// </summary>
    public sealed record SurveyResults(string Key, string Title, int People, bool Shown, IReadOnlyList<Question> Questions, IReadOnlyList<string> Comments,
        NetPromoter.Score? Nps, IReadOnlyList<NamedSurveyAnswer> Named);

    public sealed record View(Guid ProgrammeId, string ProgrammeName, int MinimumPeople, IReadOnlyList<Group> SessionRatings, SurveyResults Pulse, SurveyResults End);

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
            var answers = await (
                    from a in db.PairSurveyAnswers.AsNoTracking()
                    join p in db.Pairs on a.PairId equals p.Id
                    where p.ProgrammeId == programmeId
                    join u in db.Users on a.PersonId equals u.Id
                    orderby a.AnsweredAt descending, a.Id
                    select new Row(a.PersonId, a.Kind, a.Named, a.Named ? u.DisplayName : "", a.Side, a.Round, a.Working, a.Meeting, a.GoalsMet, a.Again, a.Recommend,
                        a.Comment, a.AnsweredAt))
                .Take(MaxAnswers).ToListAsync(ct);
            return new View(programmeId, name, SurveyAnonymity.MinimumPeople,
                [GroupOf(RaterSide.Mentee, "Session ratings by mentees"), GroupOf(RaterSide.Mentor, "Session ratings by mentors")],
                Summarise(SurveyKind.Pulse, answers), Summarise(SurveyKind.End, answers));
        }
    }

    /// <summary>A pair survey answer as read for the results; the name only when its author named themselves.</summary>
    internal sealed record Row(Guid PersonId, SurveyKind Kind, bool Named, string Name, RaterSide Side, int Round, int? Working, MeetingAsPlanned? Meeting, GoalsMet? GoalsMet,
        bool? Again, int? Recommend, string Comment, DateTimeOffset AnsweredAt);

    private static readonly string[] Scale = ["1", "2", "3", "4", "5"];
    private static readonly string[] Meeting = ["Yes", "Partly", "No"];
    private static readonly string[] Goals = ["All", "Most", "Some", "None"];
    private static readonly string[] YesNo = ["Yes", "No"];
    private static readonly string[] Recommend = Enumerable.Range(NetPromoter.Min, NetPromoter.Max - NetPromoter.Min + 1).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>One survey's results from its answers: every question judged on the same unnamed people.</summary>
    internal static SurveyResults Summarise(SurveyKind kind, IReadOnlyList<Row> all)
    {
        var mine = all.Where(a => a.Kind == kind).ToList();
        Question Q(string key, string title, string[] labels, bool average, Func<Row, int?> score, bool withComments = false)
        {
            var given = mine.Where(a => score(a) is not null).Select(a => new SurveyAnswer(a.PersonId, score(a)!.Value, withComments ? a.Comment : "", a.Named, a.Name));
            return new(key, title, labels, average, SurveyAnonymity.Summarise(given, 0, labels.Length - 1).Unnamed);
        }
        List<Question> questions = kind == SurveyKind.Pulse
            ? [Q("working", "How well is the relationship working?", Scale, true, a => a.Working - 1, withComments: true),
               Q("meeting", "Are you meeting as often as you planned?", Meeting, false, a => (int?)a.Meeting)]
            : [Q("goals", "Did you meet your goals?", Goals, false, a => (int?)a.GoalsMet, withComments: true),
               Q("again", "Would you do it again?", YesNo, false, a => a.Again is { } again ? (again ? 0 : 1) : null),
               Q("recommend", $"How likely are you to recommend the programme ({NetPromoter.Min} to {NetPromoter.Max})?", Recommend, true, a => a.Recommend)];
        var first = questions[0].Unnamed;
        // The scale of "working" is stored 1-5 and summarised 0-4: its average is shifted back.
        if (kind == SurveyKind.Pulse && first.Average is { } avg) questions[0] = questions[0] with { Unnamed = first with { Average = avg + 1 } };
        var nps = kind == SurveyKind.End && questions[2].Unnamed.Shown ? NetPromoter.FromCounts(questions[2].Unnamed.Counts) : null;
        return new(kind == SurveyKind.Pulse ? "pulse" : "end", kind == SurveyKind.Pulse ? "Relationship pulse" : "End-of-programme survey",
            first.People, first.Shown, questions, first.Comments, nps, mine.Where(a => a.Named).Select(a => new NamedSurveyAnswer(a.Name, a.Side, a.Round, a.Working, a.Meeting, a.GoalsMet, a.Again, a.Recommend, a.Comment, a.AnsweredAt)).ToList());
    }
}
