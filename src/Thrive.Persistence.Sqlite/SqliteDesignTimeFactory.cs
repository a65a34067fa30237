using Microsoft.EntityFrameworkCore;

namespace Thrive.Persistence.Sqlite;

/// <summary>Used by dotnet-ef to generate this provider's migrations.</summary>
public sealed class SqliteDesignTimeFactory : DesignTimeFactory
{
    protected override DbContextOptionsBuilder<ThriveDbContext> UseProvider(DbContextOptionsBuilder<ThriveDbContext> options) =>
        options.UseSqlite("Data Source=design.db", x => x.MigrationsAssembly(ThriveDatabase.SqliteMigrations));
}
