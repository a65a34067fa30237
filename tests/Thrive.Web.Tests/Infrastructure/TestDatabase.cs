using Npgsql;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>
/// A throw-away database on the provider chosen by THRIVE_TEST_PROVIDER (Sqlite by default, or Postgres with
/// THRIVE_TEST_PG as the admin connection string, which scripts/test sets up).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqliteFolder;
    private readonly string? postgresName;

    private TestDatabase(string provider, string connectionString, string? sqliteFolder, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFolder = sqliteFolder;
        this.postgresName = postgresName;
    }

    public string Provider { get; }
    public string ConnectionString { get; }

    public static string ProviderName => Environment.GetEnvironmentVariable("THRIVE_TEST_PROVIDER") is { Length: > 0 } p ? p : "Sqlite";

    public static async Task<TestDatabase> CreateAsync()
    {
        if (string.Equals(ProviderName, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var admin = Environment.GetEnvironmentVariable("THRIVE_TEST_PG")
                ?? throw new InvalidOperationException("THRIVE_TEST_PROVIDER=Postgres needs THRIVE_TEST_PG (scripts/test sets it).");
            var name = "thrive_test_" + Guid.NewGuid().ToString("N")[..16];
            await using (var conn = new NpgsqlConnection(admin))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString;
            return new TestDatabase("Postgres", cs, null, name);
        }
        var folder = Path.Combine(Path.GetTempPath(), "thrive-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase("Sqlite", $"Data Source={Path.Combine(folder, "thrive.db")};Pooling=False", folder, null);
    }

    public string MailFolder => Path.Combine(sqliteFolder ?? Path.GetTempPath(), "mail-" + (postgresName ?? "sqlite"));

    public async ValueTask DisposeAsync()
    {
        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var admin = Environment.GetEnvironmentVariable("THRIVE_TEST_PG")!;
            await using var conn = new NpgsqlConnection(admin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        if (sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(sqliteFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
