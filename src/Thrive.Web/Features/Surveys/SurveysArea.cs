namespace Thrive.Web.Features.Surveys;

/// <summary>Surveys: each member's rating of a held session, and the coordinators' results, only as wholes of at least five people or named.</summary>
/// <remarks>The API: your own session rating (read and give or change it), and a programme's survey results for its coordinators. Nobody reads another person's answer: not the partner, and coordinators only inside a whole of at least five people, unless its author named themselves.</remarks>
public sealed class SurveysArea : IArea
{
    public string? ApiDescription => "Session ratings, relationship pulses and end-of-programme surveys (your own) and a programme's survey results for its coordinators (wholes of at least five people, or named).";

    /// <param name="Open">Whether the rating can be given or changed now (the session is held, and until <c>changeableUntil</c>).</param>
    public sealed record RatingResponse(Guid SessionId, SessionStatus SessionStatus, bool Open, DateTimeOffset ChangeableUntil, int? Score, string Comment, bool Named,
        DateTimeOffset? AnsweredAt);

    /// <param name="Shown">False when fewer than <c>minimumPeople</c> people gave unnamed answers: then only <c>people</c> and <c>answers</c> are given.</param>
    /// <param name="Counts">How many answers gave each score, from the lowest score up.</param>
    public sealed record AggregateResponse(bool Shown, int People, int Answers, double? Average, IReadOnlyList<int> Counts, IReadOnlyList<string> Comments);

    public sealed record NamedAnswerResponse(string Name, int Score, string Comment, DateTimeOffset AnsweredAt);

    public sealed record GroupResponse(string Key, string Title, int MinScore, int MaxScore, AggregateResponse Unnamed, IReadOnlyList<NamedAnswerResponse> Named);

    /// <param name="Round">The pulse round open now (1, 2, ...); 0 when none is, and always 0 for the end survey.</param>
    /// <param name="Open">Whether answers can be given or changed now (until <c>openUntil</c>, when the survey has a last day).</param>
    /// <param name="Questions">The programme's own questions, asked after the standard ones in this order, each with your answer.</param>
    public sealed record PairSurveyResponse(Guid PairId, SurveyKind Kind, bool Open, int Round, DateOnly? OpenUntil, DateOnly? NextOn, int? Working, MeetingAsPlanned? Meeting,
        GoalsMet? GoalsMet, bool? Again, int? Recommend, string Comment, bool Named, DateTimeOffset? AnsweredAt, IReadOnlyList<AskedQuestionResponse> Questions);

    /// <summary>One of the programme's own questions as a member answers it.</summary>
    /// <param name="Number">Your answer for a scale (1-5), 0-10 or yes/no (yes 1, no 0); null until given.</param>
    /// <param name="Answer">Your answer to a free-text question; empty until given.</param>
    public sealed record AskedQuestionResponse(Guid Id, string Text, SurveyAnswerType AnswerType, bool Required, int? Min, int? Max, int? Number, string Answer);

    /// <summary>One of the programme's own survey questions as its coordinators manage it.</summary>
    /// <param name="Position">Its place among the survey's own questions (after the standard ones), 1 first.</param>
    /// <param name="Answers">How many answers it has: once it has any, its text and answer type can no longer change.</param>
    public sealed record SurveyQuestionResponse(Guid Id, SurveyKind Kind, string Text, SurveyAnswerType AnswerType, int Position, bool Required, bool Retired, int Answers);

    /// <param name="MaxActivePerSurvey">How many questions of its own a survey asks at most (retired ones do not count).</param>
    public sealed record SurveyQuestionsResponse(Guid ProgrammeId, int MaxActivePerSurvey, int TextMax, IReadOnlyList<SurveyQuestionResponse> Pulse, IReadOnlyList<SurveyQuestionResponse> End);

    public sealed record NamedCustomAnswerResponse(string Name, RaterSide Side, string Answer, DateTimeOffset AnsweredAt);

    /// <param name="Labels">The answers' labels, lowest first (yes before no; one label for free text); <c>unnamed.counts</c> follows them.</param>
    /// <param name="Unnamed">The unnamed whole, shown from <c>minimumPeople</c> people; for a free-text question the answers are its <c>comments</c>.</param>
    public sealed record CustomQuestionResultResponse(Guid Id, string Title, SurveyAnswerType AnswerType, bool Retired, IReadOnlyList<string> Labels, AggregateResponse Unnamed,
        IReadOnlyList<NamedCustomAnswerResponse> Named);

    /// <param name="Labels">The answers' labels, lowest score first; <c>unnamed.counts</c> follows them.</param>
    public sealed record QuestionResponse(string Key, string Title, IReadOnlyList<string> Labels, AggregateResponse Unnamed);

    /// <param name="Nps">The end survey's Net Promoter Score over the unnamed whole, when it is shown.</param>
    public sealed record NpsResponse(int Promoters, int Passives, int Detractors, int Answers, int? Value);

    public sealed record NamedSurveyAnswerResponse(string Name, RaterSide Side, int Round, int? Working, MeetingAsPlanned? Meeting, GoalsMet? GoalsMet, bool? Again,
        int? Recommend, string Comment, DateTimeOffset AnsweredAt);

    /// <param name="Shown">False when fewer than <c>minimumPeople</c> people gave unnamed answers: the questions then give only counts of people and answers.</param>
    /// <param name="Custom">The programme's own questions of this survey (retired ones too: their answers stay), each judged on its own people.</param>
    public sealed record PairSurveyResultsResponse(string Key, string Title, int People, bool Shown, IReadOnlyList<QuestionResponse> Questions, IReadOnlyList<string> Comments,
        NpsResponse? Nps, IReadOnlyList<NamedSurveyAnswerResponse> Named, IReadOnlyList<CustomQuestionResultResponse> Custom);

    public sealed record SurveyResultsResponse(Guid ProgrammeId, string ProgrammeName, int MinimumPeople, IReadOnlyList<GroupResponse> SessionRatings,
        PairSurveyResultsResponse Pulse, PairSurveyResultsResponse End);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/sessions/{id:guid}/rating", async (HttpContext c, Guid id, GetSessionRating.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, ct), ToResponse))
            .WithName("GetSessionRating")
            .WithSummary("Your own rating of a session (score null until you give one); your partner's is never shown.");

        api.MapPut("/sessions/{id:guid}/rating", async (HttpContext c, Guid id, RateSession.Request body, RateSession.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("RateSession").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary($"Rate a held session from {SessionRating.MinScore} to {SessionRating.MaxScore}, with an optional comment and whether to show your name to the coordinators; 400 when out of range, 409 when the session is not held or its {SessionRating.ChangeDays} days have passed.");

        MapPairSurvey(api, "pulse", SurveyKind.Pulse, "Pulse",
            $"your relationship pulse: the round open now ({PulseSchedule.FirstAfterDays} days after the pair started, then every {PulseSchedule.EveryDays} days while it is active)");
        MapPairSurvey(api, "end-survey", SurveyKind.End,
            "EndSurvey", $"your end-of-programme survey (open while the pair is active and for {PairSurveyAnswer.EndOpenDays} days after it completed)");

        api.MapGet("/programmes/{id:guid}/surveys", async (HttpContext c, Guid id, GetSurveyResults.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, ct), ToResponse))
            .WithName("GetSurveyResults")
            .WithSummary($"The programme's survey results (its coordinators): each group as a whole only when at least {SurveyAnonymity.MinimumPeople} people answered, plus the answers whose authors named themselves.");

        MapQuestions(api);
    }

    private static void MapQuestions(RouteGroupBuilder api)
    {
        const string questions = "/programmes/{id:guid}/surveys/questions";
        api.MapGet(questions, async (HttpContext c, Guid id, ListSurveyQuestions.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, ct), ToResponse))
            .WithName("ListSurveyQuestions")
            .WithSummary("The programme's own pulse and end-survey questions (its coordinators), in the order they are asked after the standard ones, retired ones last.");

        api.MapPost(questions, async (HttpContext c, Guid id, AddSurveyQuestion.Request body, AddSurveyQuestion.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), id, body, ct), q => $"{Areas.ApiPrefix}/programmes/{id}/surveys/questions/{q}"))
            .WithName("AddSurveyQuestion")
            .WithSummary($"Add a question to the pulse or the end survey, asked after the others; 400 with field errors when the text is empty or over {SurveyQuestion.TextMax} characters, or the survey already asks {SurveyQuestion.MaxActivePerSurvey}.");

        api.MapPut(questions + "/{questionId:guid}", async (HttpContext c, Guid id, Guid questionId, EditSurveyQuestion.Request body, EditSurveyQuestion.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, questionId, body, ct)))
            .WithName("EditSurveyQuestion").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Change a question's text, answer type or whether it is required; 409 when its text or type would change after people answered it, or it is retired.");

        api.MapPost(questions + "/{questionId:guid}/move", async (HttpContext c, Guid id, Guid questionId, MoveSurveyQuestion.Request body, MoveSurveyQuestion.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, questionId, body, ct)))
            .WithName("MoveSurveyQuestion").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Move a question to another place (1 first) among its survey's questions still asked; 400 when the place is out of range, 409 when it is retired.");

        api.MapPost(questions + "/{questionId:guid}/retire", async (HttpContext c, Guid id, Guid questionId, RetireSurveyQuestion.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, questionId, ct)))
            .WithName("RetireSurveyQuestion")
            .WithSummary("Retire a question: it is no longer asked, and its answers stay in the results. Retiring it again changes nothing.");
    }

    private static SurveyQuestionsResponse ToResponse(ListSurveyQuestions.View v)
    {
        static List<SurveyQuestionResponse> Of(IReadOnlyList<ListSurveyQuestions.Question> qs) =>
            qs.Select(q => new SurveyQuestionResponse(q.Id, q.Kind, q.Text, q.AnswerType, q.Position, q.Required, q.Retired, q.Answers)).ToList();
        return new(v.ProgrammeId, SurveyQuestion.MaxActivePerSurvey, SurveyQuestion.TextMax, Of(v.Pulse), Of(v.End));
    }

    private static void MapPairSurvey(RouteGroupBuilder api, string path, SurveyKind kind, string name, string what)
    {
        api.MapGet($"/pairs/{{id:guid}}/{path}", async (HttpContext c, Guid id, GetPairSurvey.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, kind, ct), ToResponse))
            .WithName($"Get{name}")
            .WithSummary($"Your own answers to {what}; your partner's are never shown.");

        api.MapPut($"/pairs/{{id:guid}}/{path}", async (HttpContext c, Guid id, AnswerPairSurvey.Request body, AnswerPairSurvey.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, kind, body, ct)))
            .WithName($"Answer{name}").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary($"Give or change your answers to {what}, with the programme's own questions in `custom` by question id (a number, yes 1 and no 0, or a text); 400 with field errors when an answer is missing or out of range (a question of the programme's own under `Custom[n]`, n its place in `questions`), 409 when it is not open.");
    }

    private static PairSurveyResponse ToResponse(GetPairSurvey.View v) => new(v.PairId, v.Kind, v.Open, v.Round, v.OpenUntil, v.NextOn, v.Mine.Working, v.Mine.Meeting,
        v.Mine.GoalsMet, v.Mine.Again, v.Mine.Recommend, v.Mine.Comment ?? "", v.Mine.Named, v.AnsweredAt,
        v.Questions.Select(q => new AskedQuestionResponse(q.Id, q.Title, q.AnswerType, q.Required, SurveyQuestion.RangeOf(q.AnswerType)?.Min, SurveyQuestion.RangeOf(q.AnswerType)?.Max,
            q.Number, q.Text)).ToList());

    private static AggregateResponse ToResponse(SurveyAnonymity.Aggregate a) => new(a.Shown, a.People, a.Answers, a.Average, a.Counts, a.Comments);

    private static PairSurveyResultsResponse ToResponse(GetSurveyResults.SurveyResults r) => new(r.Key, r.Title, r.People, r.Shown,
        r.Questions.Select(q => new QuestionResponse(q.Key, q.Title, q.Labels, ToResponse(q.Unnamed) with { Comments = [] })).ToList(), r.Comments,
        r.Nps is { } n ? new NpsResponse(n.Promoters, n.Passives, n.Detractors, n.Answers, n.Value) : null,
        r.Named.Select(n => new NamedSurveyAnswerResponse(n.Name, n.Side, n.Round, n.Working, n.Meeting, n.GoalsMet, n.Again, n.Recommend, n.Comment, n.AnsweredAt)).ToList(),
        r.Custom.Select(q => new CustomQuestionResultResponse(q.Id, q.Title, q.AnswerType, q.Retired, q.Labels, ToResponse(q.Unnamed),
            q.Named.Select(n => new NamedCustomAnswerResponse(n.Name, n.Side, n.Answer, n.AnsweredAt)).ToList())).ToList());

    private static RatingResponse ToResponse(GetSessionRating.View v) => new(v.SessionId, v.Status, v.Open, v.ChangeableUntil, v.Score, v.Comment, v.Named, v.AnsweredAt);

    private static SurveyResultsResponse ToResponse(GetSurveyResults.View v) => new(v.ProgrammeId, v.ProgrammeName, v.MinimumPeople,
        v.SessionRatings.Select(g => new GroupResponse(g.Key, g.Title, g.MinScore, g.MaxScore, ToResponse(g.Unnamed),
            g.Named.Select(n => new NamedAnswerResponse(n.Name, n.Score, n.Comment, n.AnsweredAt)).ToList())).ToList(),
        ToResponse(v.Pulse), ToResponse(v.End));
}
