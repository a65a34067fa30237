using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Thrive.Persistence.Postgres;

/// <summary>Used by dotnet-ef to generate this provider's migrations (no server needed to add one).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<ThriveDbContext>
{
    public ThriveDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<ThriveDbContext>()
            .UseNpgsql("Host=localhost;Database=thrive_design", x => x.MigrationsAssembly(ThriveDatabase.PostgresMigrations))
            .Options);
}
