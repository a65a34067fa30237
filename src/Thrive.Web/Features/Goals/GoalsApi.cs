using Thrive.Domain.Common;
using Thrive.Domain.Goals;
using Thrive.Web.Infrastructure;
using static Thrive.Web.Infrastructure.ResultMapping;

namespace Thrive.Web.Features.Goals;

/// <summary>Goals and the SMART coach under /api/v1; the same handlers as the pages.</summary>
public static class GoalsApi
{
    public sealed record CriterionDto(string Verdict, IReadOnlyList<string> Reasons, IReadOnlyList<string> Suggestions);

    public sealed record AssessmentDto(CriterionDto Specific, CriterionDto Measurable, CriterionDto Achievable, CriterionDto Relevant, CriterionDto TimeBound, decimal Score);

    /// <summary>At least the text; any SMART field of a goal may be added.</summary>
    public sealed record AssessRequest(string? Text, string? SpecificOutcome, string? Metric, decimal? Baseline, decimal? Target, string? Unit,
        string? DoneCriterion, string? Resources, decimal? HoursPerWeek, string? RelevanceReason, int? LinkedSwotItems, DateOnly? TargetDate);

    public sealed record GoalRequest(string Title, string? Description, GoalCategory Category, SmartFields? Smart, IReadOnlyList<Guid>? SwotItemIds, bool Activate, Guid? Version);

    public sealed record MeasureRequest(DateOnly Date, decimal Value, string? Note);

    public sealed record CommentRequest(string Body);

    public sealed record ChangeRequest(string? Reason);

    public static AssessmentDto ToDto(SmartAssessment a)
    {
        static CriterionDto C(SmartCriterion c) => new(c.Verdict.ToString().ToLowerInvariant(), c.Reasons, c.Suggestions);
        return new(C(a.Specific), C(a.Measurable), C(a.Achievable), C(a.Relevant), C(a.TimeBound), a.Score);
    }

    public static RouteGroupBuilder MapGoalsApi(this RouteGroupBuilder api)
    {

        api.MapPost("/smart/assess", async (HttpContext c, AssessRequest body, AssessSmart.Handler h, CancellationToken ct) =>
        {
            var v = new Validate().MaxLength("text", body.Text, "Text", 100_000)
                .That(!string.IsNullOrWhiteSpace(body.Text) || !string.IsNullOrWhiteSpace(body.SpecificOutcome), "text", "Send the goal as \"text\".");
            if (!v.Ok) return (IResult)v.Errors.ToProblem();
            var input = new SmartInput(body.Text ?? "", body.SpecificOutcome, body.Metric, body.Baseline, body.Target, body.Unit, body.DoneCriterion,
                body.Resources, body.HoursPerWeek, body.RelevanceReason, Math.Max(0, body.LinkedSwotItems ?? 0), body.TargetDate);
            return TypedResults.Ok(ToDto(await h.HandleAsync(c.User.Actor(), input, null, ct)));
        }).WithName("AssessSmart").WithSummary("The SMART coach: a verdict, reasons and suggestions for each letter, and a score from 0 to 5.");

        api.MapGet("/goals", async (HttpContext c, Guid? owner, Guid? programme, GoalList.Handler h, CancellationToken ct) =>
            Ok(await h.ForPersonAsync(c.User.Actor(), owner ?? c.User.Id(), programme, ct), g => new { g.OwnerId, g.OwnerName, g.ProgrammeId, g.ProgrammeName, g.Goals }))
            .WithName("ListGoals").WithSummary("A person's goals in a programme (yours by default).");

        api.MapGet("/goals/{id:guid}", async (HttpContext c, Guid id, GoalPage.Handler h, CancellationToken ct) =>
            Ok(await h.GetAsync(c.User.Actor(), id, ct), v => new
            {
                v.Goal.Id, v.Goal.Title, v.Goal.Description, v.Goal.Category, v.Goal.Status, v.Goal.Smart, v.Goal.FirstStep, v.Goal.AccountabilityMethod,
                v.Goal.Celebration, v.Goal.DropReason, v.Goal.AchievedAt, v.Goal.ConfirmedAt, v.Goal.Version, v.OwnerName, v.Progress,
                Assessment = ToDto(v.Assessment), v.Measures, v.Comments,
            }))
            .WithName("GetGoal");

        api.MapPost("/goals", async (HttpContext c, GoalRequest body, SaveGoal.Handler h, CancellationToken ct) =>
        {
            var r = await h.CreateAsync(c.User.Actor(), null, new SaveGoal.Request(Details(body), body.SwotItemIds ?? [], body.Activate), ct);
            return r.Succeeded ? TypedResults.Created($"/api/v1/goals/{r.Value}", new { id = r.Value }) : (IResult)r.Errors.ToProblem();
        }).WithName("CreateGoal");

        api.MapPut("/goals/{id:guid}", async (HttpContext c, Guid id, GoalRequest body, SaveGoal.Handler h, CancellationToken ct) =>
        {
            var r = await h.EditAsync(c.User.Actor(), id, new SaveGoal.Request(Details(body), body.SwotItemIds ?? [], false), body.Version, ct);
            return r.Succeeded ? TypedResults.NoContent() : (IResult)r.Errors.ToProblem();
        }).WithName("UpdateGoal").WithSummary("Edit a goal; a stale version is refused with 409.");

        api.MapPost("/goals/{id:guid}/measures", async (HttpContext c, Guid id, MeasureRequest body, GoalActions.Handler h, CancellationToken ct) =>
            NoContent(await h.RecordMeasureAsync(c.User.Actor(), id, body.Date, body.Value, body.Note, ct))).WithName("RecordMeasure");

        api.MapPost("/goals/{id:guid}/comments", async (HttpContext c, Guid id, CommentRequest body, GoalActions.Handler h, CancellationToken ct) =>
        {
            var r = await h.CommentAsync(c.User.Actor(), id, body.Body, ct);
            return r.Succeeded ? TypedResults.Created($"/api/v1/goals/{id}", new { id = r.Value }) : (IResult)r.Errors.ToProblem();
        }).WithName("CommentOnGoal");

        api.MapPost("/goals/{id:guid}/{change:regex(^(start|achieved|confirm|drop|reopen)$)}", async (HttpContext c, Guid id, string change, ChangeRequest? body, GoalActions.Handler h, CancellationToken ct) =>
        {
            var what = change switch
            {
                "start" => GoalActions.Change.Start, "achieved" => GoalActions.Change.MarkAchieved, "confirm" => GoalActions.Change.Confirm,
                "drop" => GoalActions.Change.Drop, _ => GoalActions.Change.Reopen,
            };
            return NoContent(await h.ChangeAsync(c.User.Actor(), id, what, body?.Reason, ct));
        }).WithName("ChangeGoal").WithSummary("start, achieved (by the owner), confirm (by the partner), drop (with a reason) or reopen.");
        return api;
    }

    private static GoalDetails Details(GoalRequest b) => new(b.Title ?? "", b.Description, b.Category, b.Smart ?? SmartFields.Empty);
}
