using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Admin;

/// <summary>Running the installation: admin rights and the audit log.</summary>
public sealed class AdminArea : IArea
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<AdminUsers.Handler>();
        services.AddScoped<AuditView.Handler>();
    }
}
