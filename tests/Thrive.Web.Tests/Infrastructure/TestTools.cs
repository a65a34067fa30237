using System.Diagnostics;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>
/// The outside checkers pinned in tests/tools (npm packages, versions fixed by its lock file; scripts/test runs npm ci):
/// where they are, and running one as a process with its output captured.
/// </summary>
public static class TestTools
{
    public sealed record Run(int ExitCode, string Output);

    /// <summary>tests/tools/node_modules of this repository (found above the test binaries).</summary>
    public static string Modules
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Thrive.slnx"))) root = root.Parent;
            if (root is null) throw new InvalidOperationException("The repository root (Thrive.slnx) is not above the test binaries.");
            var modules = Path.Combine(root.FullName, "tests", "tools", "node_modules");
            return Directory.Exists(modules) ? modules
                : throw new InvalidOperationException("tests/tools/node_modules is missing: run `npm ci --ignore-scripts` in tests/tools (scripts/test does).");
        }
    }

    /// <summary>Runs the command-line tool <paramref name="name"/> of tests/tools with Node, offline: no telemetry, no update check.</summary>
    public static async Task<Run> RunAsync(string name, IEnumerable<string> args, CancellationToken ct)
    {
        var start = new ProcessStartInfo(Path.Combine(Modules, ".bin", name))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_UPDATE_NOTIFIER"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start: is Node.js installed (scripts/test installs it)?");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return new Run(process.ExitCode, (await stdout) + (await stderr));
    }
}
