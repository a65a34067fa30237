using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Intake;

/// <summary>Intake: invitations into a programme, applications, their review, CSV import and export.</summary>
public sealed class IntakeArea : IArea
{
    public string? ApiDescription => "Invitations and applications of a programme (coordinators).";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<Invite.Handler>();
        services.AddScoped<SubmitApplication.Handler>();
        services.AddScoped<ReviewApplications.Handler>();
        services.AddScoped<ParticipantsCsv.Handler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapIntakeApi();
}
