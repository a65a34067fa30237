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
        NetPromoter.Score? Nps, IReadOnlyList<NamedSurveyAnswer> Named)
    {
        /// <summary>The programme's own questions of this survey, asked ones first, retired ones after (their answers stay).</summary>
        public IReadOnlyList<CustomQuestion> Custom { get; init; } = [];
    }

    /// <summary>A named answer to one of the programme's own questions, as coordinators see it.</summary>
    public sealed record NamedCustomAnswer(string Name, RaterSide Side, string Answer, DateTimeOffset AnsweredAt);

    /// <summary>
    /// One of the programme's own questions: its labels (lowest first; none for free text) and unnamed whole, judged on
    /// its own people like every question (free-text answers are the whole's comments, shown only from
    /// <see cref="SurveyAnonymity.MinimumPeople"/> people), and the answers whose authors named themselves.
    /// </summary>
    public sealed record CustomQuestion(Guid Id, string Title, SurveyAnswerType AnswerType, bool Retired, IReadOnlyList<string> Labels, bool Average,
        SurveyAnonymity.Aggregate Unnamed, IReadOnlyList<NamedCustomAnswer> Named);

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
            var questions = await db.SurveyQuestions.AsNoTracking().Where(q => q.ProgrammeId == programmeId)
                .OrderBy(q => q.RetiredAt != null).ThenBy(q => q.Position).ThenBy(q => q.Id)
                .Take(2 * SurveyQuestion.MaxPerSurvey).ToListAsync(ct);
            var custom = await (
                    from qa in db.SurveyQuestionAnswers.AsNoTracking()
                    join a in db.PairSurveyAnswers on qa.SurveyAnswerId equals a.Id
                    join p in db.Pairs on a.PairId equals p.Id
                    where p.ProgrammeId == programmeId
                    join u in db.Users on a.PersonId equals u.Id
                    orderby a.AnsweredAt descending, qa.Id
                    select new CustomRow(qa.QuestionId, a.PersonId, a.Named, a.Named ? u.DisplayName : "", a.Side, qa.Number, qa.Text, a.AnsweredAt))
                .Take(MaxAnswers).ToListAsync(ct);
            return new View(programmeId, name, SurveyAnonymity.MinimumPeople,
                [GroupOf(RaterSide.Mentee, "Session ratings by mentees"), GroupOf(RaterSide.Mentor, "Session ratings by mentors")],
                Summarise(SurveyKind.Pulse, answers) with { Custom = SummariseCustom(SurveyKind.Pulse, questions, custom) },
                Summarise(SurveyKind.End, answers) with { Custom = SummariseCustom(SurveyKind.End, questions, custom) });
        }
    }

    /// <summary>A pair survey answer as read for the results; the name only when its author named themselves.</summary>
    internal sealed record Row(Guid PersonId, SurveyKind Kind, bool Named, string Name, RaterSide Side, int Round, int? Working, MeetingAsPlanned? Meeting, GoalsMet? GoalsMet,
        bool? Again, int? Recommend, string Comment, DateTimeOffset AnsweredAt);

    /// <summary>An answer to one of the programme's own questions as read for the results; the name only when its author named themselves.</summary>
    internal sealed record CustomRow(Guid QuestionId, Guid PersonId, bool Named, string Name, RaterSide Side, int? Number, string Text, DateTimeOffset AnsweredAt);

    /// <summary>Each of a survey's own questions summarised from its answers, on the same rule as the standard questions.</summary>
    internal static IReadOnlyList<CustomQuestion> SummariseCustom(SurveyKind kind, IReadOnlyList<SurveyQuestion> questions, IReadOnlyList<CustomRow> rows)
    {
        var byQuestion = rows.ToLookup(r => r.QuestionId);
        return questions.Where(q => q.Kind == kind).Select(q =>
        {
            var mine = byQuestion[q.Id].ToList();
            var range = SurveyQuestion.RangeOf(q.AnswerType);
            // Yes/no is stored yes 1, no 0 and shown "Yes" first; free text is one bucket whose answers are the comments.
            int ScoreOf(CustomRow r) => q.AnswerType == SurveyAnswerType.YesNo ? 1 - (r.Number ?? 0) : range is null ? 0 : r.Number ?? range.Value.Min;
            var labels = q.AnswerType switch
            {
                SurveyAnswerType.YesNo => YesNo,
                SurveyAnswerType.FreeText => ["Answers"],
                _ => Enumerable.Range(range!.Value.Min, range.Value.Max - range.Value.Min + 1).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray(),
            };
            var (min, max) = q.AnswerType switch { SurveyAnswerType.YesNo => (0, 1), SurveyAnswerType.FreeText => (0, 0), _ => range!.Value };
            var unnamed = SurveyAnonymity.Summarise(mine.Select(r => new SurveyAnswer(r.PersonId, ScoreOf(r), q.AnswerType == SurveyAnswerType.FreeText ? r.Text : "", r.Named, r.Name)), min, max).Unnamed;
            var average = q.AnswerType is SurveyAnswerType.Scale or SurveyAnswerType.ZeroToTen;
            if (!average) unnamed = unnamed with { Average = null };
            var named = mine.Where(r => r.Named).Select(r => new NamedCustomAnswer(r.Name, r.Side, Display(q.AnswerType, r.Number, r.Text), r.AnsweredAt)).ToList();
            return new CustomQuestion(q.Id, q.Text, q.AnswerType, q.Retired, labels, average, unnamed, named);
        }).ToList();
    }

    /// <summary>An answer in words, for the named answers: "4 of 5", "Yes", "7 of 10", or the text.</summary>
    public static string Display(SurveyAnswerType type, int? number, string text) => type switch
    {
        SurveyAnswerType.YesNo => number == 1 ? "Yes" : "No",
        SurveyAnswerType.FreeText => text,
        _ => $"{number} of {SurveyQuestion.RangeOf(type)!.Value.Max}",
    };

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
