namespace Thrive.Persistence;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Configures the one DbContext for either provider, with that provider's migrations assembly.</summary>
public static class ThriveDatabase
{
    public const string SqliteMigrations = "Thrive.Persistence.Sqlite";
    public const string PostgresMigrations = "Thrive.Persistence.Postgres";
}
