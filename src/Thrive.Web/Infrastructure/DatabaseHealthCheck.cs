using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// /healthz is healthy when the database answers a query on a real table (for SQLite, merely opening the
/// file would not notice a locked or damaged database).
/// </summary>
public sealed class DatabaseHealthCheck(ThriveDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM \"__EFMigrationsHistory\"").SingleAsync(cancellationToken);
            return HealthCheckResult.Healthy("Database reachable.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Database unreachable.", ex);
        }
    }
}
