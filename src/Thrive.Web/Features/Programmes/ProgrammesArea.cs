using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Programmes;

/// <summary>Programmes: their calendar, phases and status, and the overview coordinators work from.</summary>
public sealed class ProgrammesArea : IArea
{
    public string? ApiDescription => "Programmes: calendar, phases, status and, for coordinators, counts and pairs.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<ListProgrammes.Handler>();
        services.AddScoped<GetProgramme.Handler>();
        services.AddScoped<GetProgrammeSettings.Handler>();
        services.AddScoped<CreateProgramme.Handler>();
        services.AddScoped<UpdateProgramme.Handler>();
        services.AddScoped<ProgrammePairs>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapProgrammesApi();
}
