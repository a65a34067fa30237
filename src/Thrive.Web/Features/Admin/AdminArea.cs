using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Admin;

/// <summary>Running the installation: admin rights, the audit log and (in Development) the mail it sent.</summary>
public sealed class AdminArea : IArea
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<ListPeople.Handler>();
        services.AddScoped<SetAdminRights.Handler>();
        services.AddScoped<ReadAuditLog.Handler>();
        services.AddScoped<ListSentMail.Handler>();
    }
}
