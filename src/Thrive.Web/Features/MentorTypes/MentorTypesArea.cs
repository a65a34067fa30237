namespace Thrive.Web.Features.MentorTypes;

/// <summary>The Developer Mentoring Guide's mentor-type quiz: taking it, one's latest result, the types' descriptions.</summary>
/// <remarks>The API under /api/v1/me/mentor-type, with the same handlers as the pages; a person reads and writes only their own result.</remarks>
public sealed class MentorTypesArea : IArea
{
    public string? ApiDescription => "The mentor-type quiz: its 30 yes/no questions, your latest answers with each type's share and your top type(s).";

    public void AddServices(IServiceCollection services) { }

    public sealed record QuestionResponse(int Number, string Text, MentorType Type);

    public sealed record TypeScoreResponse(MentorType Type, int Yes, int Questions, double Share);

    public sealed record MentorTypeResponse(DateTimeOffset TakenAt, IReadOnlyList<bool> Answers, IReadOnlyList<TypeScoreResponse> Scores, IReadOnlyList<MentorType> Top);

    /// <summary>The reader's latest result (null before they take the quiz) and whether they answer as a mentee, for the mentor they would like.</summary>
    public sealed record MyMentorTypeResponse(MentorTypeResponse? Latest, bool AsMentee);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/mentor-type/questions", () => TypedResults.Ok(MentorTypeQuiz.Questions.Select(q => new QuestionResponse(q.Number, q.Text, q.Type)).ToList()))
            .WithName("ListMentorTypeQuestions")
            .WithSummary("The quiz's 30 yes/no questions in order, each with the type a \"yes\" counts towards (the Developer Mentoring Guide's, MIT licence).");

        api.MapGet("/me/mentor-type", async (HttpContext c, GetMentorType.Handler h, CancellationToken ct) => Ok(await h.HandleAsync(c.User.Actor(), ct), v => new MyMentorTypeResponse(v.Result is null ? null : ToResponse(v.Result), v.AsMentee)))
            .WithName("GetMyMentorType")
            .WithSummary("Your latest quiz result: your answers, each type's share of \"yes\" (with the number of its questions) and your top type(s); latest is null before you take it. A mentee answers for the mentor they would like.");

        api.MapPut("/me/mentor-type", async (HttpContext c, TakeMentorTypeQuiz.Request body, TakeMentorTypeQuiz.Handler h, CancellationToken ct) =>
                Ok(await h.HandleAsync(c.User.Actor(), body, ct), ToResponse))
            .WithName("TakeMentorTypeQuiz").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Take the quiz (mentors and mentees with a place): 30 answers, true for yes and false for no, in the questions' order; replaces your earlier result.");
    }

    private static MentorTypeResponse ToResponse(GetMentorType.Taken t) => new(t.TakenAt, t.Answers,
        t.Scores.Types.Select(s => new TypeScoreResponse(s.Type, s.Yes, s.Questions, Math.Round(s.Share, 4))).ToList(), t.Scores.Top);
}
