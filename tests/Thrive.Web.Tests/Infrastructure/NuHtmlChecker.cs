using System.Diagnostics;
using System.Text.Json;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>
/// The Nu HTML Checker (vnu.jar from the npm package pinned in tests/tools, run with Java), over many files in one
/// process so that a whole tour of the app is checked in seconds. scripts/test installs Java and runs npm ci.
/// </summary>
public static class NuHtmlChecker
{
    /// <summary>One message of the checker: "error" or "info" (warnings are info with subType "warning").</summary>
    public sealed record Message(string File, string Type, string? SubType, int Line, string Text, string Extract);

    public static string JarPath
    {
        get
        {
            var jar = Path.Combine(TestTools.Modules, "vnu-jar", "build", "dist", "vnu.jar");
            return File.Exists(jar) ? jar
                : throw new InvalidOperationException("vnu.jar is missing: run `npm ci --ignore-scripts` in tests/tools (scripts/test does), with Java installed.");
        }
    }

    /// <summary>Checks every file and returns the checker's messages.</summary>
    public static async Task<List<Message>> CheckAsync(IReadOnlyCollection<string> files, CancellationToken ct)
    {
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-jar", JarPath, "--format", "json", "--stdout", "--exit-zero-always" }) start.ArgumentList.Add(a);
        foreach (var f in files) start.ArgumentList.Add(f);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start: install a Java runtime (scripts/test does).");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var json = await stdout;
        if (process.ExitCode != 0 || json.Length == 0)
            throw new InvalidOperationException($"vnu exited with {process.ExitCode}: {await stderr}");
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("messages").EnumerateArray().Select(m => new Message(
            FilePath(m.TryGetProperty("url", out var u) ? u.GetString()! : ""),
            m.GetProperty("type").GetString()!,
            m.TryGetProperty("subType", out var s) ? s.GetString() : null,
            m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0,
            m.GetProperty("message").GetString()!,
            m.TryGetProperty("extract", out var e) ? e.GetString()! : "")).ToList();
    }

    /// <summary>vnu names a file "file:/dir/a.html" (one slash), which System.Uri does not read.</summary>
    private static string FilePath(string url) => Uri.UnescapeDataString(url.StartsWith("file:", StringComparison.Ordinal) ? url["file:".Length..] : url);
}
