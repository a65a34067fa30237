namespace Thrive.Web.Infrastructure;

/// <summary>
/// Where the app finds appsettings.json and wwwroot. ASP.NET Core takes the working folder; a service manager that
/// starts <c>dotnet /opt/thrive/Thrive.Web.dll</c> from elsewhere would then run without its settings (logging every
/// SQL command, among others) and serve a site without its styles and scripts. When the working folder has neither
/// but the app's own folder has them (a published build, or the build output), the app's folder is used. A content
/// root given with <c>--contentRoot</c> or the environment is always kept.
/// </summary>
public static class ContentRoot
{
    /// <summary>The folder to use, or null to keep ASP.NET Core's choice.</summary>
    public static string? Choose(string[] args) => Choose(args, Directory.GetCurrentDirectory(), AppContext.BaseDirectory, Environment.GetEnvironmentVariable);

    public static string? Choose(string[] args, string workingFolder, string appFolder, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var given = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase) || a.StartsWith("/contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(environment("ASPNETCORE_CONTENTROOT")) || !string.IsNullOrEmpty(environment("DOTNET_CONTENTROOT"));
        if (given || Holds(workingFolder)) return null;
        return Holds(appFolder) ? appFolder : null;
    }

    private static bool Holds(string folder) => File.Exists(Path.Combine(folder, "appsettings.json")) || Directory.Exists(Path.Combine(folder, "wwwroot"));
}
