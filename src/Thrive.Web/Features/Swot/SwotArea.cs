using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Swot;

/// <summary>The personal SWOT: revisions, links that become goals, comments.</summary>
public sealed class SwotArea : IArea
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<GetSwot.Handler>();
        services.AddScoped<CompareSwotRevisions.Handler>();
        services.AddScoped<SaveSwot.Handler>();
        services.AddScoped<StartSwotRevision.Handler>();
        services.AddScoped<LinkSwotItems.Handler>();
        services.AddScoped<UnlinkSwotItems.Handler>();
        services.AddScoped<DraftGoalFromLink.Handler>();
        services.AddScoped<CommentOnSwot.Handler>();
    }
}
