using Microsoft.Extensions.Diagnostics.HealthChecks;
using Thrive.Persistence;

namespace Thrive.Web.Infrastructure;

/// <summary>/healthz is healthy when the database answers.</summary>
public sealed class DatabaseHealthCheck(ThriveDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("Database reachable.")
                : HealthCheckResult.Unhealthy("Database unreachable.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Database unreachable.", ex);
        }
    }
}
