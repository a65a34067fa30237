using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Intake;

/// <summary>Intake: invitations into a programme, applications, their review, CSV import and export.</summary>
public sealed class IntakeArea : IArea
{
    public string? ApiDescription => "Invitations and applications of a programme (coordinators).";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<GetInvitationForm.Handler>();
        services.AddScoped<Invite.Handler>();
        services.AddScoped<GetApplicationForm.Handler>();
        services.AddScoped<SubmitApplication.Handler>();
        services.AddScoped<ListApplications.Handler>();
        services.AddScoped<GetApplication.Handler>();
        services.AddScoped<RecordCallNotes.Handler>();
        services.AddScoped<DecideApplication.Handler>();
        services.AddScoped<GetImportForm.Handler>();
        services.AddScoped<ImportParticipants.Handler>();
        services.AddScoped<ExportParticipants.Handler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapIntakeApi();
}
