using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Board;

/// <summary>A Kanban board per person: columns, cards, moves and flow metrics.</summary>
public sealed class BoardArea : IArea
{
    public string? ApiDescription => "Boards, columns, cards and moves, and flow metrics from the move history.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<BoardView.Handler>();
        services.AddScoped<BoardActions.Handler>();
        services.AddScoped<TaskDetails.Handler>();
        services.AddScoped<BoardFlow.Handler>();
        services.AddScoped<AddFirstStep.Handler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapBoardApi();
}
