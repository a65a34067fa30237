using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Agreements;

/// <summary>Agreements: each side's relationship charter and the mentoring plan both sign.</summary>
public sealed class AgreementsArea : IArea
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<GetCharters.Handler>();
        services.AddScoped<SaveCharter.Handler>();
        services.AddScoped<GetPlan.Handler>();
        services.AddScoped<WritePlan.Handler>();
        services.AddScoped<SignPlan.Handler>();
    }
}
