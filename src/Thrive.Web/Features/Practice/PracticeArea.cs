namespace Thrive.Web.Features.Practice;

/// <summary>
/// The practice log of data-structures-and-algorithms problems: weekly counts against a target, topic coverage and
/// second attempts after 1, 7 and 30 days.
/// </summary>
/// <remarks>The API: the log and its summary under /api/v1/practice, with the same handlers as the page: the owner writes, their mentor reads, nobody else sees it.</remarks>
public sealed class PracticeArea : IArea
{
    public string? ApiDescription => "The practice log: problems solved, weekly counts against a target, topic coverage and second attempts.";

    public sealed record ProblemResponse(Guid Id, string Title, PracticeSource Source, string? Link, Difficulty Difficulty, IReadOnlyList<PracticeTopic> Topics,
        int Minutes, SolvedHow How, string Notes, DateOnly SolvedOn, DateOnly? DueOn, bool Due, int Attempts, DateOnly? LastAttemptOn, bool Sticks, Guid Version);

    public sealed record ProblemPageResponse(Guid OwnerId, int Page, int PageSize, int Total, IReadOnlyList<ProblemResponse> Problems);

    public sealed record PracticeSummaryResponse(Guid OwnerId, string OwnerName, DateOnly Today, int Total, int ThisWeek, int WeeklyTarget, Guid? TargetCommitmentId,
        IReadOnlyList<PracticeWeek> Weekly, IReadOnlyList<TopicCount> Coverage, IReadOnlyList<PracticeTopic> Untouched, int DueCount, IReadOnlyList<ProblemResponse> Due);

    public void AddServices(IServiceCollection services) => services.AddScoped<IStoryTool, PracticeTool>();

    public void MapApi(RouteGroupBuilder api)
    {
        var practice = api.MapGroup("/practice");
        practice.MapGet("/problems", async (HttpContext c, Guid? owner, PracticeTopic? topic, int? page, int? pageSize, ListProblems.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), new() { Owner = owner, Topic = topic, Page = page, PageSize = pageSize }, ct),
                v => new ProblemPageResponse(v.OwnerId, v.Problems.PageNumber, v.Problems.PageSize, v.Problems.Total, v.Problems.Items.Select(p => ToResponse(p, v.Today)).ToList())))
            .WithName("ListPracticeProblems")
            .WithSummary("A person's logged problems, newest first, paged (?page=, ?pageSize=), optionally one topic's (?topic=); yours by default, your mentee's with ?owner=.");

        practice.MapPost("/problems", async (HttpContext c, LogProblem.Request body, LogProblem.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), body, ct), id => $"{Areas.ApiPrefix}/practice/problems/{id}"))
            .WithName("LogPracticeProblem")
            .WithSummary("Log a problem you solved (title, source, http(s) link, difficulty, topics, minutes, alone / with a hint / looked at the solution, notes).");

        practice.MapPut("/problems/{id:guid}", async (HttpContext c, Guid id, LogProblem.Request body, EditProblem.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("EditPracticeProblem").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Change a problem you logged (the same fields as logging it, with the version you read); 409 with code \"stale\" when it changed since.");

        practice.MapDelete("/problems/{id:guid}", async (HttpContext c, Guid id, DeleteProblem.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, ct)))
            .WithName("DeletePracticeProblem")
            .WithSummary("Remove a problem from your log.");

        practice.MapPost("/problems/{id:guid}/attempts", async (HttpContext c, Guid id, AttemptAgain.Request body, AttemptAgain.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("AttemptPracticeProblemAgain").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record a second attempt at a due problem: alone moves it to the next one (1, 7, 30 days), with a hint or the solution starts again; 409 with code \"not_due\" before its day.");

        practice.MapGet("/summary", async (HttpContext c, Guid? owner, GetPracticeSummary.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), owner, ct), ToResponse))
            .WithName("GetPracticeSummary")
            .WithSummary("Problems per week for 12 weeks against the weekly target, topic coverage, topics not touched yet and the problems due for a second attempt, by the reader's days.");

        practice.MapPut("/target", async (HttpContext c, SetPracticeTarget.Request body, SetPracticeTarget.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), body, ct)))
            .WithName("SetPracticeTarget").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Set your log's weekly target: a number of problems (1-50), or one of your commitments whose weekly target it then follows.");
    }

    private static ProblemResponse ToResponse(PracticeProblem p, DateOnly today) => new(p.Id, p.Title, p.Source, p.Link.Length == 0 ? null : p.Link, p.Difficulty,
        PracticeTopics.Split(p.Topics), p.Minutes, p.How, p.Notes, p.SolvedOn, p.DueOn, p.IsDue(today), p.Attempts, p.LastAttemptOn, p.Sticks, p.Version);

    private static PracticeSummaryResponse ToResponse(GetPracticeSummary.View v) => new(v.OwnerId, v.OwnerName, v.Today, v.Total, v.ThisWeek, v.WeeklyTarget,
        v.TargetCommitment?.Id, v.Weekly, v.Coverage, v.Untouched, v.DueCount, v.Due.Select(p => ToResponse(p, v.Today)).ToList());
}
