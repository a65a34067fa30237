using Thrive.Web.Infrastructure;

namespace Thrive.Web.Features.Commitments;

/// <summary>Commitments (habits): check-ins, streaks, strength and the heatmap.</summary>
public sealed class CommitmentsArea : IArea
{
    public string? ApiDescription => "Commitments with their streaks and strength, and check-ins.";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<ListCommitments.Handler>();
        services.AddScoped<CreateCommitment.Handler>();
        services.AddScoped<RecordCheckIn.Handler>();
        services.AddScoped<ArchiveCommitment.Handler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapCommitmentsApi();
}
