using Microsoft.Data.Sqlite;

namespace Thrive.Web.Infrastructure;

/// <summary>
/// `Thrive.Web backup FILE` and `Thrive.Web restore FILE`: the same configuration as the app (appsettings,
/// environment variables, the arguments after FILE), then the work, then an exit code (0 done, 1 refused, 2 usage).
/// </summary>
public static class MaintenanceCommands
{
    public static bool IsCommand(string[] args) =>
        args is [var first, ..] && (first is "backup" or "restore");

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            await error.WriteLineAsync($"usage: Thrive.Web {args.FirstOrDefault() ?? "backup"} FILE [--Thrive:Database:ConnectionString=...]");
            return 2;
        }
        var configuration = WebApplication.CreateBuilder(args[2..]).Configuration;
        var database = configuration.GetSection(ThriveOptions.Section).Get<ThriveOptions>()?.Database ?? new DatabaseOptions();
        var file = Path.GetFullPath(args[1]);

        if (database.Provider == DatabaseProvider.Postgres)
        {
            await error.WriteLineAsync(PostgresAdvice(args[0], database.ConnectionString, file));
            return 1;
        }
        var connectionString = DatabaseSetup.WithDefaults(database);
        var outcome = args[0] == "backup"
            ? SqliteBackup.Backup(connectionString, file)
            : SqliteBackup.Restore(connectionString, file, DateTimeOffset.UtcNow);
        await (outcome.Succeeded ? output : error).WriteLineAsync(outcome.Message);
        return outcome.Succeeded ? 0 : 1;
    }

    /// <summary>PostgreSQL has its own tools; say exactly which command to run (never echo the password).</summary>
    private static string PostgresAdvice(string command, string connectionString, string file)
    {
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var target = $"-h {cs.Host ?? "localhost"} -p {cs.Port} -U {cs.Username ?? "postgres"} -d {cs.Database ?? "thrive"}";
        return command == "backup"
            ? $"Thrive is configured for PostgreSQL, which has its own backup tool. Run:\n  pg_dump -Fc {target} -f \"{file}\"\nSee docs/operators.md, \"Backup and restore\"."
            : $"Thrive is configured for PostgreSQL, which has its own restore tool. Stop Thrive, then run:\n  pg_restore --clean --if-exists --no-owner {target} \"{file}\"\nSee docs/operators.md, \"Backup and restore\".";
    }
}

/// <summary>Online backup and checked restore of a SQLite database through SQLite's backup API.</summary>
public static class SqliteBackup
{
    public sealed record Outcome(bool Succeeded, string Message);

    /// <summary>
    /// Copies the live database page by page inside one read transaction (WAL lets the app keep writing
    /// meanwhile), checks the copy and makes it a single self-contained file.
    /// </summary>
    public static Outcome Backup(string connectionString, string file)
    {
        var source = DatabaseFile(connectionString);
        if (source is null) return new(false, "The configured SQLite database is in memory; there is nothing to back up.");
        if (!File.Exists(source)) return new(false, $"There is no database at {source}; check Thrive__Database__ConnectionString.");
        if (File.Exists(file)) return new(false, $"{file} already exists; choose a new file name (a backup never overwrites).");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var partial = file + ".partial";
        try
        {
            using (var from = Open(connectionString, SqliteOpenMode.ReadWrite))
            using (var to = OpenFile(partial, SqliteOpenMode.ReadWriteCreate))
            {
                from.BackupDatabase(to);
                Execute(to, "PRAGMA journal_mode=DELETE;");
                if (IntegrityCheck(to) is { } problem) return Fail(partial, $"The copy failed its integrity check ({problem}); nothing was written.");
            }
            File.Move(partial, file);
            return new(true, $"Backed up {source} to {file} ({new FileInfo(file).Length:N0} bytes, integrity check ok).");
        }
        catch (SqliteException ex)
        {
            return Fail(partial, $"Backup failed: {ex.Message}");
        }
    }

    /// <summary>
    /// Checks the backup, keeps a copy of the database it replaces, then copies the backup into the configured
    /// database in one write transaction: a failure leaves the old content in place.
    /// </summary>
    public static Outcome Restore(string connectionString, string file, DateTimeOffset now)
    {
        var target = DatabaseFile(connectionString);
        if (target is null) return new(false, "The configured SQLite database is in memory; there is nothing to restore into.");
        if (!File.Exists(file)) return new(false, $"There is no backup at {file}.");
        try
        {
            using var backup = OpenFile(file, SqliteOpenMode.ReadOnly);
            if (IntegrityCheck(backup) is { } problem) return new(false, $"{file} failed its integrity check ({problem}); nothing was restored.");
            if (!HasTable(backup, "__EFMigrationsHistory")) return new(false, $"{file} is not a Thrive database; nothing was restored.");

            string? kept = null;
            if (File.Exists(target))
            {
                kept = $"{target}.replaced-{now:yyyyMMdd-HHmmss}";
                using var current = Open(connectionString, SqliteOpenMode.ReadWrite);
                using var copy = OpenFile(kept, SqliteOpenMode.ReadWriteCreate);
                current.BackupDatabase(copy);
                Execute(copy, "PRAGMA journal_mode=DELETE;");
            }
            else
            {
                DatabaseSetup.EnsureSqliteFolder(connectionString);
            }

            using (var into = Open(connectionString, SqliteOpenMode.ReadWriteCreate))
            {
                backup.BackupDatabase(into);
                Execute(into, "PRAGMA journal_mode=WAL;");
                if (IntegrityCheck(into) is { } after) return new(false, $"The restored database failed its integrity check ({after}); the previous one is kept at {kept}.");
            }
            return new(true, $"Restored {file} into {target} (integrity check ok)." +
                (kept is null ? "" : $" The database it replaced is kept at {kept}.") +
                " Start Thrive (or restart it if it was running): it applies any newer migrations at start-up.");
        }
        catch (SqliteException ex)
        {
            return new(false, $"Restore failed, nothing was changed: {ex.Message}");
        }
    }

    /// <summary>The file a SQLite connection string points at, or null for an in-memory database.</summary>
    public static string? DatabaseFile(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(file) || file == ":memory:" ? null : Path.GetFullPath(file);
    }

    /// <summary>Null when PRAGMA integrity_check says "ok", else its first complaint.</summary>
    public static string? IntegrityCheck(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        var result = command.ExecuteScalar() as string;
        return result == "ok" ? null : result ?? "no answer";
    }

    private static bool HasTable(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name;";
        command.Parameters.AddWithValue("$name", table);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static SqliteConnection Open(string connectionString, SqliteOpenMode mode) =>
        Open(new SqliteConnectionStringBuilder(connectionString), mode);

    private static SqliteConnection OpenFile(string file, SqliteOpenMode mode) =>
        Open(new SqliteConnectionStringBuilder { DataSource = file }, mode);

    private static SqliteConnection Open(SqliteConnectionStringBuilder builder, SqliteOpenMode mode)
    {
        builder.Mode = mode;
        builder.Pooling = false;
        var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static Outcome Fail(string partial, string message)
    {
        SqliteConnection.ClearAllPools();
        File.Delete(partial);
        return new(false, message);
    }
}
