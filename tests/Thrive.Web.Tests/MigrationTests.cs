using Microsoft.EntityFrameworkCore;
using Thrive.Persistence;

namespace Thrive.Web.Tests;

/// <summary>Each provider's migrations match the model: a model change without migrations for both fails here.</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void Model_has_no_pending_changes(string provider)
    {
        var options = new DbContextOptionsBuilder<ThriveDbContext>();
        if (provider == "Sqlite") options.UseSqlite("Data Source=:memory:", x => x.MigrationsAssembly(ThriveDatabase.SqliteMigrations));
        else options.UseNpgsql("Host=localhost", x => x.MigrationsAssembly(ThriveDatabase.PostgresMigrations));
        using var db = new ThriveDbContext(options.Options);
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: the model has changes without a migration; run scripts/add-migration Name.");
    }
}
