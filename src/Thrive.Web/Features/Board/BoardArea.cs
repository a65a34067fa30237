using Microsoft.AspNetCore.Http.HttpResults;

namespace Thrive.Web.Features.Board;

/// <summary>
/// A Kanban board per person: columns, cards, moves and flow metrics.
/// </summary>
/// <remarks>The API: Boards, columns, cards and moves under /api/v1, with the same handlers as the pages. Refusals a script must tell apart carry a code in the ProblemDetails: "stale" (the card changed since you read it) and "wip_limit".</remarks>
public sealed class BoardArea : IArea
{
    public string? ApiDescription => "Boards, columns, cards and moves, and flow metrics from the move history.";

    /// <summary>One card with its checklist, comments and the history of its moves (newest first).</summary>
    public sealed record TaskResponse(Guid Id, string Title, string Notes, DateOnly? DueDate, Guid? GoalId, Guid ColumnId, string Column, Guid Version,
        bool TooBig, IReadOnlyList<GetTask.Item> Checklist, IReadOnlyList<GetTask.Comment> Comments, IReadOnlyList<GetTask.Move> Moves);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/board", async Task<Results<Ok<GetBoard.View>, ProblemHttpResult>> (HttpContext c, Guid? programme, FindMyBoard.Handler find,
            GetBoard.Handler get, CancellationToken ct) =>
        {
            var id = await find.HandleAsync(c.User.Actor(), programme, ct);
            return id.Succeeded ? Ok(await get.HandleAsync(c.User.Actor(), id.Value, new(), ct)) : id.Errors.ToProblem();
        })
            .WithName("GetMyBoard")
            .WithSummary("Your board in your newest programme (or ?programme=), made on first use, with its columns and cards.");

        api.MapGet("/boards/{id:guid}", async (HttpContext c, Guid id, Guid? goal, Guid? column, GetBoard.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, new() { Goal = goal, Column = column }, ct)))
            .WithName("GetBoard")
            .WithSummary("A board (the owner's or their partner's), optionally only one goal's cards (?goal=). A column carries its first 40 cards "
                + "(Done its 10 most recent) with its count and how many are hidden; ?column= gives that column in full (up to 500 cards).");

        api.MapGet("/boards/{id:guid}/flow", async (HttpContext c, Guid id, Guid? goal, int? weeks, GetFlowMetrics.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, new() { Goal = goal, Weeks = weeks ?? 12 }, ct), v => v.Summary))
            .WithName("GetFlowMetrics")
            .WithSummary("Lead and cycle times, throughput, WIP, cumulative flow, ageing, trend and an 85% forecast, from the move history, by your days.");

        api.MapPost("/boards/{id:guid}/tasks", async (HttpContext c, Guid id, AddTask.Request body, AddTask.Handler h, CancellationToken ct) =>
            Created(await h.HandleAsync(c.User.Actor(), id, body, ct), task => $"{Areas.ApiPrefix}/tasks/{task}"))
            .WithName("AddTask").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Add a card to your board (to To do unless a column is named); 409 with code \"wip_limit\" when that column is at its blocking limit.");

        api.MapPost("/boards/{id:guid}/columns", async (HttpContext c, Guid id, AddColumn.Request body, AddColumn.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("AddColumn")
            .WithSummary("Add a column at the right of your board.");

        api.MapPut("/columns/{id:guid}", async (HttpContext c, Guid id, ChangeColumn.Request body, ChangeColumn.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("ChangeColumn").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Rename a column, change its meaning or its work-in-progress limit; 409 when the columns changed at the same moment.");

        api.MapDelete("/columns/{id:guid}", async (HttpContext c, Guid id, DeleteColumn.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, ct)))
            .WithName("DeleteColumn").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Delete an empty column; 409 while it holds cards or when it is the board's last.");

        api.MapGet("/tasks/{id:guid}", async (HttpContext c, Guid id, GetTask.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, ct), ToResponse))
            .WithName("GetTask")
            .WithSummary("One card with its checklist, comments and the history of its moves.");

        api.MapPut("/tasks/{id:guid}", async (HttpContext c, Guid id, EditTask.Request body, EditTask.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("EditTask").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Edit a card's title, goal, notes and due date; send the version you read: 409 with code \"stale\" when it changed since.");

        api.MapPut("/tasks/{id:guid}/title", async (HttpContext c, Guid id, RenameTask.Request body, RenameTask.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("RenameTask").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Rename a card in place; send the version you read: 409 with code \"stale\" when it changed since. Answers the saved title and the new version.");

        api.MapPost("/tasks/{id:guid}/move", async (HttpContext c, Guid id, MoveTask.Request body, MoveTask.Handler h, CancellationToken ct) =>
            Ok(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("MoveTask").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Move a card to a column and place; nothing moves on a 409: code \"stale\" for an old version, \"wip_limit\" for a blocking limit.");

        api.MapPost("/tasks/{id:guid}/comments", async (HttpContext c, Guid id, CommentOnTask.Request body, CommentOnTask.Handler h, CancellationToken ct) =>
            NoContent(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("CommentOnTask")
            .WithSummary("Comment on a card of your board or your partner's (Markdown).");
    }

    private static TaskResponse ToResponse(GetTask.View v) => new(v.Id, v.Title, v.Notes, v.DueDate, v.GoalId, v.ColumnId, v.ColumnName, v.Version,
        v.TooBig, v.Checklist, v.Comments, v.Moves);
}
