using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Accounts;

/// <summary>Accounts: invitations accepted, sign-in, password reset, profile, first run, personal data.</summary>
public sealed class AccountsArea : IArea
{
    public string? ApiDescription => "The signed-in person and everything Thrive holds about them.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<PreviewInvitation.Handler>();
        services.AddScoped<AcceptInvitation.Handler>();
        services.AddScoped<RequestPasswordReset.Handler>();
        services.AddScoped<ResetPassword.Handler>();
        services.AddScoped<GetProfile.Handler>();
        services.AddScoped<UpdateProfile.Handler>();
        services.AddScoped<GetMe.Handler>();
        services.AddScoped<PersonalData.Handler>();
        services.AddScoped<FirstRun.Handler>();
        services.AddScoped<CreateFirstAdmin.Handler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapAccountsApi();
}
