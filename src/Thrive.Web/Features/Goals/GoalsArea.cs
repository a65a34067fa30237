using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Goals;

/// <summary>Goals: SMART goals, the coach, the GROW worksheet, measures and the example library.</summary>
public sealed class GoalsArea : IArea
{
    public string? ApiDescription => "Goals, their measures and comments, and the SMART coach.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<GoalContext>();
        services.AddScoped<SaveGoal.Handler>();
        services.AddScoped<GoalPage.Handler>();
        services.AddScoped<GoalActions.Handler>();
        services.AddScoped<GoalList.Handler>();
        services.AddScoped<GrowWorksheet.Handler>();
        services.AddScoped<GoalLibrary.Handler>();
        services.AddScoped<AssessSmart.Handler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapGoalsApi();
}
