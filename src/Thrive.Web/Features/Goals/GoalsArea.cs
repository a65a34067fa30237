namespace Thrive.Web.Features.Goals;

/// <summary>Goals: SMART goals, the coach, the GROW worksheet, measures and the example library.</summary>
public sealed class GoalsArea : IArea
{
    public string? ApiDescription => "Goals, their measures and comments, and the SMART coach.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<GoalContext>();
        services.AddScoped<GoalRows>();
    }

    /// <summary>One letter: its verdict, why, what to do, and (when not met) the goal's sentence rewritten with what the letter lacks.</summary>
    public sealed record SmartCriterionResponse(string Verdict, IReadOnlyList<string> Reasons, IReadOnlyList<string> Suggestions, string? Rewrite);

    /// <summary>
    /// A verdict ("met", "weak" or "missing") with reasons, suggestions and a rewrite per letter, a score from 0 to 5, and
    /// the goal's sentence rewritten to fix every weak or missing letter at once (null when all are met).
    /// </summary>
    public sealed record SmartAssessmentResponse(SmartCriterionResponse Specific, SmartCriterionResponse Measurable, SmartCriterionResponse Achievable,
        SmartCriterionResponse Relevant, SmartCriterionResponse TimeBound, decimal Score, string? Rewrite);

    public sealed record GoalRowResponse(Guid Id, Guid OwnerId, string Title, GoalCategory Category, GoalStatus Status, DateOnly? TargetDate, decimal Progress, bool Confirmed);

    public sealed record GoalListResponse(Guid OwnerId, string OwnerName, Guid ProgrammeId, string ProgrammeName, IReadOnlyList<GoalRowResponse> Goals);

    public sealed record SmartResponse(string SpecificOutcome, string Metric, decimal? Baseline, decimal? Target, string Unit, string DoneCriterion,
        string Resources, decimal? HoursPerWeek, string RelevanceReason, DateOnly? TargetDate, bool HasMeasure);

    public sealed record GoalMeasureResponse(DateOnly Date, decimal Value, string Note);

    /// <summary>A comment, its time with the reader's offset.</summary>
    public sealed record GoalCommentResponse(Guid Id, string AuthorName, string Body, DateTimeOffset At);

    /// <summary>A goal with its progress and SMART reading; comments only for the pair (those who run the programme read goals, not the pair's words).</summary>
    public sealed record GoalResponse(Guid Id, string Title, string Description, GoalCategory Category, GoalStatus Status, SmartResponse Smart,
        string FirstStep, string AccountabilityMethod, string Celebration, string DropReason, DateTimeOffset? AchievedAt, DateTimeOffset? ConfirmedAt,
        Guid Version, string OwnerName, decimal Progress, SmartAssessmentResponse Assessment, IReadOnlyList<GoalMeasureResponse> Measures,
        IReadOnlyList<GoalCommentResponse> Comments);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapPost("/smart/assess", async (HttpContext c, AssessSmart.Request body, AssessSmart.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), body, ct), ToResponse))
            .WithName("AssessSmart").WithSummary("The SMART coach: a verdict, reasons, suggestions and a rewrite of your sentence for each letter, a score from 0 to 5 "
                + "and one rewrite that fixes every weak letter. Dates are judged against today; send programmeId (a programme you take part in) "
                + "to judge against its end, your hours and your other goals there.");

        api.MapGet("/goals", async (HttpContext c, Guid? owner, Guid? programme, ListGoals.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), owner, programme, ct), ToResponse))
            .WithName("ListGoals").WithSummary("A person's goals in a programme with their progress (yours in your newest programme by default; ?owner= and ?programme= for others).");

        api.MapGet("/goals/{id:guid}", async (HttpContext c, Guid id, GetGoal.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, ct), ToResponse))
            .WithName("GetGoal").WithSummary("One goal with its SMART parts, progress, measures and the coach's reading; the pair also gets the conversation.");

        api.MapPost("/goals", async (HttpContext c, CreateGoal.Request body, CreateGoal.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), body, ct), id => $"{Areas.ApiPrefix}/goals/{id}"))
            .WithName("CreateGoal").WithSummary("Set a goal in one of your programmes (your newest by default), started or as a draft.");

        api.MapPut("/goals/{id:guid}", async (HttpContext c, Guid id, EditGoal.Request body, EditGoal.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("UpdateGoal").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Edit one of your open goals, sending the version you read; a stale version is refused with 409 (code \"stale\").");

        api.MapPost("/goals/{id:guid}/measures", async (HttpContext c, Guid id, RecordMeasure.Request body, RecordMeasure.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("RecordMeasure").WithSummary("Record where your goal's measure stands on one of your days (today or earlier in your time zone).");

        api.MapPost("/goals/{id:guid}/comments", async (HttpContext c, Guid id, CommentOnGoal.Request body, CommentOnGoal.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), id, body, ct), _ => $"{Areas.ApiPrefix}/goals/{id}"))
            .WithName("CommentOnGoal").WithSummary("Comment on a goal of yours or your mentoring partner's (Markdown).");

        api.MapPost("/goals/{id:guid}/{change:regex(^(start|achieved|confirm|drop|reopen)$)}",
            async (HttpContext c, Guid id, string change, ChangeGoalStatus.Request? body, ChangeGoalStatus.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, ChangeOf(change), body ?? new(), ct)))
            .WithName("ChangeGoal").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("start, achieved (by the owner), confirm (by the partner), drop (with a reason) or reopen; 409 when the goal is not in a state for it.");
    }

    private static ChangeGoalStatus.Change ChangeOf(string change) => change switch
    {
        "start" => ChangeGoalStatus.Change.Start, "achieved" => ChangeGoalStatus.Change.MarkAchieved, "confirm" => ChangeGoalStatus.Change.Confirm,
        "drop" => ChangeGoalStatus.Change.Drop, _ => ChangeGoalStatus.Change.Reopen,
    };

    public static SmartAssessmentResponse ToResponse(SmartAssessment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        static SmartCriterionResponse C(SmartCriterion c) => new(c.Verdict.ToString().ToLowerInvariant(), c.Reasons, c.Suggestions, c.Rewrite);
        return new(C(a.Specific), C(a.Measurable), C(a.Achievable), C(a.Relevant), C(a.TimeBound), a.Score, a.Rewrite);
    }

    private static GoalListResponse ToResponse(ListGoals.View v) => new(v.OwnerId, v.OwnerName, v.ProgrammeId, v.ProgrammeName,
        v.Goals.Select(g => new GoalRowResponse(g.Id, g.OwnerId, g.Title, g.Category, g.Status, g.TargetDate, g.Progress, g.Confirmed)).ToList());

    private static GoalResponse ToResponse(GetGoal.View v)
    {
        var (g, s) = (v.Goal, v.Goal.Smart);
        return new(g.Id, g.Title, g.Description, g.Category, g.Status,
            new SmartResponse(s.SpecificOutcome, s.Metric, s.Baseline, s.Target, s.Unit, s.DoneCriterion, s.Resources, s.HoursPerWeek, s.RelevanceReason, s.TargetDate, s.HasMeasure),
            g.FirstStep, g.AccountabilityMethod, g.Celebration, g.DropReason, g.AchievedAt, g.ConfirmedAt, g.Version, v.OwnerName, v.Progress,
            ToResponse(v.Assessment), v.Measures.Select(m => new GoalMeasureResponse(m.Date, m.Value, m.Note)).ToList(),
            v.Comments.Select(m => new GoalCommentResponse(m.Id, m.AuthorName, m.Body, m.At)).ToList());
    }
}
