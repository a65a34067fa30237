using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Goals;

/// <summary>Goals: SMART goals, the coach, the GROW worksheet, measures and the example library.</summary>
public sealed class GoalsArea : IArea
{
    public string? ApiDescription => "Goals, their measures and comments, and the SMART coach.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<GoalContext>();
        services.AddScoped<GoalRows>();
        services.AddScoped<ListGoals.Handler>();
        services.AddScoped<GetGoal.Handler>();
        services.AddScoped<GetNewGoalForm.Handler>();
        services.AddScoped<GetEditGoalForm.Handler>();
        services.AddScoped<CreateGoal.Handler>();
        services.AddScoped<EditGoal.Handler>();
        services.AddScoped<RecordMeasure.Handler>();
        services.AddScoped<CommentOnGoal.Handler>();
        services.AddScoped<ChangeGoalStatus.Handler>();
        services.AddScoped<GetGrowWorksheet.Handler>();
        services.AddScoped<AnswerGrow.Handler>();
        services.AddScoped<ListGoalTemplates.Handler>();
        services.AddScoped<AddGoalTemplate.Handler>();
        services.AddScoped<AssessSmart.Handler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapGoalsApi();
}
