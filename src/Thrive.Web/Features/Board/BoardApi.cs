using Thrive.Domain.Board;
using Thrive.Domain.Common;
using Thrive.Web.Infrastructure;
using static Thrive.Web.Infrastructure.ResultMapping;

namespace Thrive.Web.Features.Board;

/// <summary>Boards, columns, tasks and moves under /api/v1; the same handlers as the pages.</summary>
public static class BoardApi
{
    public sealed record MoveRequest(Guid ColumnId, int? Position, Guid? Version);
    public sealed record TaskRequest(string Title, Guid? GoalId, Guid? ColumnId, string? Notes, DateOnly? DueDate);
    public sealed record TaskEditRequest(string Title, Guid? GoalId, string? Notes, DateOnly? DueDate, Guid? Version);
    public sealed record ColumnRequest(string Name, ColumnKind Kind, int? WipLimit, bool WipBlocks);
    public sealed record CommentRequest(string Body);

    public static RouteGroupBuilder MapBoardApi(this RouteGroupBuilder api)
    {

        api.MapGet("/board", async (HttpContext c, Guid? programme, BoardView.Handler h, CancellationToken ct) =>
        {
            var id = await h.MyBoardIdAsync(c.User.Actor(), programme, ct);
            return id.Succeeded ? Ok(await h.GetAsync(c.User.Actor(), id.Value, null, ct)) : id.Errors.ToProblem();
        }).WithName("GetMyBoard").WithSummary("Your board (made on first use), with its columns and cards.");

        api.MapGet("/boards/{id:guid}", async (HttpContext c, Guid id, Guid? goal, BoardView.Handler h, CancellationToken ct) =>
            Ok(await h.GetAsync(c.User.Actor(), id, goal, ct))).WithName("GetBoard").WithSummary("A board (the owner's or their partner's), optionally filtered by goal.");

        api.MapGet("/boards/{id:guid}/flow", async (HttpContext c, Guid id, Guid? goal, int? weeks, BoardFlow.Handler h, CancellationToken ct) =>
        {
            var r = await h.GetAsync(c.User.Actor(), id, goal, c.User.TimeZone(), weeks ?? 12, ct);
            return r.Succeeded ? TypedResults.Ok(r.Value!.Summary) : (IResult)r.Errors.ToProblem();
        }).WithName("GetFlowMetrics").WithSummary("Lead and cycle times, throughput, WIP, cumulative flow, ageing, trend and an 85% forecast, from the move history.");

        api.MapPost("/boards/{id:guid}/tasks", async (HttpContext c, Guid id, TaskRequest body, BoardActions.Handler h, CancellationToken ct) =>
        {
            var r = await h.AddTaskAsync(c.User.Actor(), id, body.ColumnId, body.GoalId, body.Title, body.Notes, body.DueDate, ct);
            return r.Succeeded ? TypedResults.Created($"/api/v1/tasks/{r.Value}", new { id = r.Value }) : (IResult)r.Errors.ToProblem();
        }).WithName("AddTask");

        api.MapPost("/boards/{id:guid}/columns", async (HttpContext c, Guid id, ColumnRequest body, BoardActions.Handler h, CancellationToken ct) =>
            NoContent(await h.AddColumnAsync(c.User.Actor(), id, body.Name, body.Kind, body.WipLimit, body.WipBlocks, ct))).WithName("AddColumn");

        api.MapPut("/columns/{id:guid}", async (HttpContext c, Guid id, ColumnRequest body, BoardActions.Handler h, CancellationToken ct) =>
            NoContent(await h.ChangeColumnAsync(c.User.Actor(), id, body.Name, body.Kind, body.WipLimit, body.WipBlocks, ct))).WithName("ChangeColumn");

        api.MapDelete("/columns/{id:guid}", async (HttpContext c, Guid id, BoardActions.Handler h, CancellationToken ct) =>
            NoContent(await h.DeleteColumnAsync(c.User.Actor(), id, ct))).WithName("DeleteColumn").WithSummary("Delete an empty column.");

        api.MapGet("/tasks/{id:guid}", async (HttpContext c, Guid id, TaskDetails.Handler h, CancellationToken ct) =>
        {
            var r = await h.GetAsync(c.User.Actor(), id, ct);
            if (!r.Succeeded) return (IResult)r.Errors.ToProblem();
            var v = r.Value!;
            return TypedResults.Ok(new { v.Task.Id, v.Task.Title, v.Task.Notes, v.Task.DueDate, v.Task.GoalId, v.Task.ColumnId, Column = v.ColumnName, v.Task.Version, v.TooBig, v.Checklist, v.Comments, v.Moves });
        }).WithName("GetTask");

        api.MapPut("/tasks/{id:guid}", async (HttpContext c, Guid id, TaskEditRequest body, BoardActions.Handler h, CancellationToken ct) =>
            NoContent(await h.EditTaskAsync(c.User.Actor(), id, body.GoalId, body.Title, body.Notes, body.DueDate, body.Version, ct))).WithName("EditTask");

        api.MapPost("/tasks/{id:guid}/move", async (HttpContext c, Guid id, MoveRequest body, BoardActions.Handler h, CancellationToken ct) =>
        {
            var r = await h.MoveAsync(c.User.Actor(), id, body.ColumnId, body.Position, body.Version, ct);
            return r.Succeeded ? TypedResults.Ok(new { version = r.Value!.Version, warning = r.Value.Warning }) : (IResult)r.Errors.ToProblem();
        }).WithName("MoveTask").WithSummary("Move a card; a stale version is refused with 409 and nothing moves.");

        api.MapPost("/tasks/{id:guid}/comments", async (HttpContext c, Guid id, CommentRequest body, BoardActions.Handler h, CancellationToken ct) =>
            NoContent(await h.CommentAsync(c.User.Actor(), id, body.Body, ct))).WithName("CommentOnTask");
        return api;
    }
}
