using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Relationship;

/// <summary>The relationship: feedback between partners, the midpoint check, closing and the journey.</summary>
public sealed class RelationshipArea : IArea
{
    public string? ApiDescription => "Situation-Impact-Action feedback between the two members of a pair.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<PairFeedback.Handler>();
        services.AddScoped<RelationshipCheck.Handler>();
        services.AddScoped<ClosePair.Handler>();
        services.AddScoped<Journey.Handler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapFeedbackApi();
}
