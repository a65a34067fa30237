namespace Thrive.Web.Features.Demo;

/// <summary>The demo programme a newcomer can sign in to.</summary>
public sealed class DemoArea : IArea
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
    }
}
