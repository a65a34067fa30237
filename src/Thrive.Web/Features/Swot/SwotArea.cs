using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Swot;

/// <summary>The personal SWOT: revisions, links that become goals, comments.</summary>
public sealed class SwotArea : IArea
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<PersonalSwot.Handler>();
    }
}
