using Microsoft.EntityFrameworkCore.Design;

namespace Thrive.Persistence;

/// <summary>
/// What dotnet-ef uses to generate a provider's migrations: the one context on that provider, with that provider's
/// migrations assembly. Each provider project names its provider and a connection that needs no server.
/// </summary>
public abstract class DesignTimeFactory : IDesignTimeDbContextFactory<ThriveDbContext>
{
    public ThriveDbContext CreateDbContext(string[] args) => new(UseProvider(new DbContextOptionsBuilder<ThriveDbContext>()).Options);

    protected abstract DbContextOptionsBuilder<ThriveDbContext> UseProvider(DbContextOptionsBuilder<ThriveDbContext> options);
}
