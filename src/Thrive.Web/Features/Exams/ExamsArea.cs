namespace Thrive.Web.Features.Exams;

/// <summary>
/// Exam preparation for a certification: the exam and its weighted domains, a study plan, study time per domain,
/// practice tests with a readiness forecast and the weakest domain, the result; the mentor reads and comments.
/// </summary>
/// <remarks>The API under /api/v1/exam, with the same handlers as the page: the owner writes, their mentor reads and comments, nobody else sees it.</remarks>
public sealed class ExamsArea : IArea
{
    public string? ApiDescription => "Exam preparation: the exam and its domains, study time, practice tests, the readiness forecast, the result and the mentor's comments.";

    public sealed record ExamDomainResponse(Guid Id, string Name, int Weight, int StudyMinutes);

    public sealed record ExamResponse(Guid Id, string Provider, string Name, string Code, DateOnly ExamOn, int DaysToExam, DateOnly? VoucherExpiresOn,
        int PassingScore, int ScaleMin, int ScaleMax, int ThresholdPercent, bool Booked, IReadOnlyList<ExamDomainResponse> Domains, IReadOnlyList<string> StudyPlan,
        int? StudyPlanWeek, Guid? GoalId, int? ResultScore, bool? Passed);

    public sealed record PracticeTestResponse(Guid Id, DateOnly TakenOn, int Percent, string Source, string Note, IReadOnlyList<DomainScore> Scores);

    public sealed record ForecastResponse(ForecastKind Kind, int Scores, double PointsPerWeek, DateOnly? ReachesOn, bool BeforeExam, string Text);

    public sealed record ExamCommentResponse(Guid Id, string Author, string Body, DateTimeOffset At);

    public sealed record ExamPrepResponse(Guid OwnerId, string OwnerName, DateOnly Today, ExamResponse? Exam, int StudyMinutes, IReadOnlyList<PracticeTestResponse> PracticeTests,
        ForecastResponse? Forecast, IReadOnlyList<DomainStanding> Standings, DomainStanding? Weakest, IReadOnlyList<ExamCommentResponse> Comments);

    public sealed record ExamTemplateResponse(Guid Id, string Provider, string Name, string Code, int PassingScore, int ScaleMin, int ScaleMax, IReadOnlyList<DomainWeight> Domains);

    public sealed record ExamTemplateListResponse(Guid ProgrammeId, IReadOnlyList<ExamTemplateResponse> Templates);

    public void AddServices(IServiceCollection services) => services.AddScoped<IStoryTool, ExamTool>();

    public void MapApi(RouteGroupBuilder api)
    {
        var exam = api.MapGroup("/exam");
        api.MapGet("/exam", async (HttpContext c, Guid? owner, GetExam.Handler h, CancellationToken ct) => Ok(await h.HandleAsync(c.User.Actor(), owner, ct), ToResponse))
            .WithName("GetExamPreparation")
            .WithSummary("A person's exam preparation: the exam, its domains with study time, practice tests (newest 52), the forecast, each domain's standing, the weakest domain and the comments; yours by default, your mentee's with ?owner=.");

        api.MapPut("/exam", async (HttpContext c, SaveExam.Request body, SaveExam.Handler h, CancellationToken ct) => NoContent(await h.HandleAsync(c.User.Actor(), body, ct)))
            .WithName("SaveExam").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Set up or change your exam: provider, name, code, date (not in the past), voucher expiry, passing score on its scale, domains with weights adding up to 100, a study plan (one line per week), a goal to follow the latest practice score.");

        exam.MapPost("/practice-tests", async (HttpContext c, LogPracticeTest.Request body, LogPracticeTest.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), body, ct), id => $"{Areas.ApiPrefix}/exam/practice-tests/{id}"))
            .WithName("LogExamPracticeTest")
            .WithSummary("Log a practice test: the day, the score in percent (0-100), where it came from, a note and optionally each domain's score.");

        exam.MapDelete("/practice-tests/{id:guid}", async (HttpContext c, Guid id, DeletePracticeTest.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, ct)))
            .WithName("DeleteExamPracticeTest")
            .WithSummary("Remove one of your practice tests.");

        exam.MapPost("/study", async (HttpContext c, LogStudyTime.Request body, LogStudyTime.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), body, ct), _ => $"{Areas.ApiPrefix}/exam"))
            .WithName("LogExamStudyTime")
            .WithSummary("Log time studied (1-960 minutes) on one of your exam's domains, or in general.");

        exam.MapDelete("/study/{id:guid}", async (HttpContext c, Guid id, RemoveStudyTime.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, ct)))
            .WithName("RemoveStudyTime")
            .WithSummary("Remove a study session of your exam (typed wrongly); the totals per domain follow.");

        exam.MapPut("/result", async (HttpContext c, RecordExamResult.Request body, RecordExamResult.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), body, ct)))
            .WithName("RecordExamResult")
            .WithSummary("Record the score your exam gave you, on its scale, from the exam day on: passed at or above the passing score.");

        exam.MapPost("/comments", async (HttpContext c, CommentOnExam.Request body, CommentOnExam.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), body, ct)))
            .WithName("CommentOnExam")
            .WithSummary("Comment (Markdown) on your exam preparation or, as their mentor, on your mentee's (\"owner\").");

        api.MapGet("/programmes/{id:guid}/exam-templates", async (HttpContext c, Guid id, ListExamTemplates.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, ct), v => new ExamTemplateListResponse(v.ProgrammeId, v.Templates.Select(ToResponse).ToList())))
            .WithName("ListExamTemplates")
            .WithSummary("The common certifications a programme keeps as templates, for its members to start an exam from.");

        api.MapPost("/programmes/{id:guid}/exam-templates", async (HttpContext c, Guid id, AddExamTemplate.Request body, AddExamTemplate.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), body with { ProgrammeId = id }, ct), _ => $"{Areas.ApiPrefix}/programmes/{id}/exam-templates"))
            .WithName("AddExamTemplate")
            .WithSummary("Coordinators: add a certification template (provider, name, code, passing score on its scale, domains with weights adding up to 100).");

        api.MapDelete("/programmes/{id:guid}/exam-templates/{templateId:guid}", async (HttpContext c, Guid id, Guid templateId, RemoveExamTemplate.Handler h,
                CancellationToken ct) => NoContent(await h.HandleAsync(c.User.Actor(), id, templateId, ct)))
            .WithName("RemoveExamTemplate")
            .WithSummary("Coordinators: remove a certification template (idempotent: one already removed answers 204 too); exams started from it keep their domains.");
    }

    private static ExamTemplateResponse ToResponse(ExamTemplate t) => new(t.Id, t.Provider, t.Name, t.Code, t.PassingScore, t.ScaleMin, t.ScaleMax, t.Domains);

    private static ExamPrepResponse ToResponse(GetExam.View v)
    {
        var e = v.Exam;
        var exam = e is null ? null : new ExamResponse(e.Id, e.Provider, e.Name, e.Code, e.ExamOn, v.DaysToExam, e.VoucherExpiresOn, e.PassingScore, e.ScaleMin, e.ScaleMax,
            e.ThresholdPercent, e.Booked, e.Domains.OrderBy(d => d.Position).Select(d => new ExamDomainResponse(d.Id, d.Name, d.Weight, v.MinutesOn(d.Id))).ToList(),
            e.PlanWeeks, e.PlanWeekOf(v.Today), e.GoalId, e.ResultScore, e.Outcome is { } o ? o == ExamOutcome.Passed : null);
        var forecast = e is null || v.Forecast is not { } f ? null
            : new ForecastResponse(f.Kind, f.Scores, f.Slope, f.ReachesOn, f.BeforeExam(e.ExamOn), ExamWords.Forecast(f, e, v.IsOwner ? "you" : "they"));
        return new ExamPrepResponse(v.OwnerId, v.OwnerName, v.Today, exam, v.StudyMinutes,
            v.Tests.Select(t => new PracticeTestResponse(t.Id, t.TakenOn, t.Percent, t.Source, t.Note, t.Scores)).ToList(), forecast, v.Standings, v.Weakest,
            v.Comments.Select(c => new ExamCommentResponse(c.Id, c.Author, c.Body, c.At)).ToList());
    }
}
