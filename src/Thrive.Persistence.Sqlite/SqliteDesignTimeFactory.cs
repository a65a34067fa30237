using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Thrive.Persistence.Sqlite;

/// <summary>Used by dotnet-ef to generate this provider's migrations.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<ThriveDbContext>
{
    public ThriveDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<ThriveDbContext>()
            .UseSqlite("Data Source=design.db", x => x.MigrationsAssembly(ThriveDatabase.SqliteMigrations))
            .Options);
}
