namespace Thrive.Web.Features.Surveys;

/// <summary>Surveys: each member's rating of a held session, and the coordinators' results, only as wholes of at least five people or named.</summary>
/// <remarks>The API: your own session rating (read and give or change it), and a programme's survey results for its coordinators. Nobody reads another person's answer: not the partner, and coordinators only inside a whole of at least five people, unless its author named themselves.</remarks>
public sealed class SurveysArea : IArea
{
    public string? ApiDescription => "Session ratings (your own) and a programme's survey results for its coordinators (wholes of at least five people, or named).";

    /// <param name="Open">Whether the rating can be given or changed now (the session is held, and until <c>changeableUntil</c>).</param>
    public sealed record RatingResponse(Guid SessionId, SessionStatus SessionStatus, bool Open, DateTimeOffset ChangeableUntil, int? Score, string Comment, bool Named,
        DateTimeOffset? AnsweredAt);

    /// <param name="Shown">False when fewer than <c>minimumPeople</c> people gave unnamed answers: then only <c>people</c> and <c>answers</c> are given.</param>
    /// <param name="Counts">How many answers gave each score, from the lowest score up.</param>
    public sealed record AggregateResponse(bool Shown, int People, int Answers, double? Average, IReadOnlyList<int> Counts, IReadOnlyList<string> Comments);

    public sealed record NamedAnswerResponse(string Name, int Score, string Comment, DateTimeOffset AnsweredAt);

    public sealed record GroupResponse(string Key, string Title, int MinScore, int MaxScore, AggregateResponse Unnamed, IReadOnlyList<NamedAnswerResponse> Named);

    public sealed record SurveyResultsResponse(Guid ProgrammeId, string ProgrammeName, int MinimumPeople, IReadOnlyList<GroupResponse> SessionRatings);

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

        api.MapGet("/programmes/{id:guid}/surveys", async (HttpContext c, Guid id, GetSurveyResults.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, ct), ToResponse))
            .WithName("GetSurveyResults")
            .WithSummary($"The programme's survey results (its coordinators): each group as a whole only when at least {SurveyAnonymity.MinimumPeople} people answered, plus the answers whose authors named themselves.");
    }

    private static RatingResponse ToResponse(GetSessionRating.View v) => new(v.SessionId, v.Status, v.Open, v.ChangeableUntil, v.Score, v.Comment, v.Named, v.AnsweredAt);

    private static SurveyResultsResponse ToResponse(GetSurveyResults.View v) => new(v.ProgrammeId, v.ProgrammeName, v.MinimumPeople,
        v.SessionRatings.Select(g => new GroupResponse(g.Key, g.Title, g.MinScore, g.MaxScore,
            new AggregateResponse(g.Unnamed.Shown, g.Unnamed.People, g.Unnamed.Answers, g.Unnamed.Average, g.Unnamed.Counts, g.Unnamed.Comments),
            g.Named.Select(n => new NamedAnswerResponse(n.Name, n.Score, n.Comment, n.AnsweredAt)).ToList())).ToList());
}
