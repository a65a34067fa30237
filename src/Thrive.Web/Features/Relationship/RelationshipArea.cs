using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Relationship;

/// <summary>The relationship: feedback between partners, the midpoint check, closing and the journey.</summary>
public sealed class RelationshipArea : IArea
{
    public string? ApiDescription => "Situation-Impact-Action feedback between the two members of a pair.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<ListFeedback.Handler>();
        services.AddScoped<GiveFeedback.Handler>();
        services.AddScoped<AcknowledgeFeedback.Handler>();
        services.AddScoped<ReplyToFeedback.Handler>();
        services.AddScoped<GetCheck.Handler>();
        services.AddScoped<SaveCheck.Handler>();
        services.AddScoped<MarkCheckHeld.Handler>();
        services.AddScoped<GetClosing.Handler>();
        services.AddScoped<SaveClosing.Handler>();
        services.AddScoped<CompleteRelationship.Handler>();
        services.AddScoped<GetJourney.Handler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapFeedbackApi();
}
