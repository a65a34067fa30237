using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Pairs;

/// <summary>Pairs: a mentee with a mentor, proposed, active, completed or dissolved.</summary>
public sealed class PairsArea : IArea
{
    public string? ApiDescription => "Pairs of a programme and their life cycle.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<ListPairs.Handler>();
        services.AddScoped<ListPairCandidates.Handler>();
        services.AddScoped<ProposePair.Handler>();
        services.AddScoped<GetPair.Handler>();
        services.AddScoped<ActivatePair.Handler>();
        services.AddScoped<CompletePair.Handler>();
        services.AddScoped<DissolvePair.Handler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapPairsApi();
}
