using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Board;

/// <summary>A Kanban board per person: columns, cards, moves and flow metrics.</summary>
public sealed class BoardArea : IArea
{
    public string? ApiDescription => "Boards, columns, cards and moves, and flow metrics from the move history.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<FindMyBoard.Handler>();
        services.AddScoped<GetBoard.Handler>();
        services.AddScoped<GetTask.Handler>();
        services.AddScoped<GetFlowMetrics.Handler>();
        services.AddScoped<AddTask.Handler>();
        services.AddScoped<MoveTask.Handler>();
        services.AddScoped<EditTask.Handler>();
        services.AddScoped<AddChecklistItem.Handler>();
        services.AddScoped<ToggleChecklistItem.Handler>();
        services.AddScoped<CommentOnTask.Handler>();
        services.AddScoped<AddColumn.Handler>();
        services.AddScoped<ChangeColumn.Handler>();
        services.AddScoped<ShiftColumn.Handler>();
        services.AddScoped<DeleteColumn.Handler>();
        services.AddScoped<AddFirstStep.Handler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapBoardApi();
}
