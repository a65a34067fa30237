using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Home;

/// <summary>Each person's home page: what is next in their pairs and programmes.</summary>
public sealed class HomeArea : IArea
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<GetHome.Handler>();
    }
}
