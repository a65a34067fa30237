using Microsoft.EntityFrameworkCore;

namespace Thrive.Persistence.Postgres;

/// <summary>Used by dotnet-ef to generate this provider's migrations (no server needed to add one).</summary>
public sealed class PostgresDesignTimeFactory : DesignTimeFactory
{
    protected override DbContextOptionsBuilder<ThriveDbContext> UseProvider(DbContextOptionsBuilder<ThriveDbContext> options) =>
        options.UseNpgsql("Host=localhost;Database=thrive_design", x => x.MigrationsAssembly(ThriveDatabase.PostgresMigrations));
}
