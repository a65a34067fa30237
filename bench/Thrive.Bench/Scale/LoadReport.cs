using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Thrive.Bench.Scale;

/// <summary>The results as a Markdown block, kept in docs/performance.md between markers per label.</summary>
internal static class LoadReport
{
    public const string Section = "## Load at 10,000 participants";

    public static string Markdown(string label, IReadOnlyList<LoadCommand.Result> results, int connections, int seconds, int mentees,
        DateTimeOffset started, string loadBefore, string loadAfter, string? memory)
    {
        var inv = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(inv, $"### {label}");
        b.AppendLine();
        b.AppendLine(inv, $"Measured {started:yyyy-MM-dd HH:mm} UTC on {Machine.Describe()}; load average before {loadBefore}, after {loadAfter}.");
        b.AppendLine(inv, $"{connections} connections, each a signed-in mentee (generated pairs: {mentees:N0}); {seconds} s per scenario after a warm-up; the coordinator scenarios share one coordinator's cookie.");
        b.AppendLine();
        b.AppendLine("| scenario | request | requests/s | p50 ms | p95 ms | p99 ms | errors | throughput / ceiling | server CPU ms per request |");
        b.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
            b.AppendLine(inv, $"| {r.Name} | `GET {Shorten(r.Path)}` | {r.PerSecond:N0} | {r.P50:0.0} | {r.P95:0.0} | {r.P99:0.0} | {r.Errors} | {r.Ratio:0.000} | {r.CpuMsPerRequest:0.00} |");
        b.AppendLine();
        b.AppendLine(inv, $"Server memory: {memory ?? "not read (the server's process was not found; pass --pid)"}.");
        return b.ToString();
    }

    /// <summary>Ids in paths become {id}, so the table reads the same run after run.</summary>
    private static string Shorten(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, "[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");

    /// <summary>Replaces this label's block inside the section (made at the end if missing), leaving the rest of the page alone.</summary>
    public static void Write(string doc, string label, string block)
    {
        var text = File.Exists(doc) ? File.ReadAllText(doc) : "# Performance\n";
        var open = $"<!-- load:{label} -->";
        var close = $"<!-- /load:{label} -->";
        var marked = $"{open}\n{block}{close}";
        var start = text.IndexOf(open, StringComparison.Ordinal);
        var end = text.IndexOf(close, StringComparison.Ordinal);
        if (start >= 0 && end > start)
        {
            text = text[..start] + marked + text[(end + close.Length)..];
        }
        else
        {
            var section = text.IndexOf(Section, StringComparison.Ordinal);
            if (section < 0)
            {
                text = text.TrimEnd() + $"\n\n{Section}\n\n{marked}\n";
            }
            else
            {
                var next = text.IndexOf("\n## ", section + Section.Length, StringComparison.Ordinal);
                var at = next < 0 ? text.Length : next + 1;
                text = text[..at].TrimEnd() + $"\n\n{marked}\n" + (next < 0 ? "" : "\n" + text[at..]);
            }
        }
        File.WriteAllText(doc, text);
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Thrive.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}

/// <summary>Facts about this machine for the report.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var ram = MemInfoKb("MemTotal") is long kb ? $"{kb / 1024.0 / 1024.0:0.0} GB RAM" : "RAM unknown";
        return string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores ({Cpu()}), {ram}, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    }

    public static string LoadAverage()
    {
        try { return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "unknown"; }
        catch (UnauthorizedAccessException) { return "unknown"; }
    }

    private static string Cpu()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line.Split(':', 2)[1].Trim();
        }
        catch (IOException) { return RuntimeInformation.ProcessArchitecture.ToString(); }
    }

    private static long? MemInfoKb(string key)
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException) { return null; }
    }
}

/// <summary>The server's resident memory, read from /proc (Linux): found by the port it listens on, or given with --pid.</summary>
internal static class ServerProcess
{
    public static int? ListeningOn(int port)
    {
        try
        {
            var inodes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
            {
                if (!File.Exists(table)) continue;
                foreach (var line in File.ReadLines(table).Skip(1))
                {
                    var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (f.Length < 10 || f[3] != "0A") continue; // 0A: LISTEN
                    var local = f[1];
                    if (int.Parse(local[(local.LastIndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port) inodes.Add(f[9]);
                }
            }
            if (inodes.Count == 0) return null;
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
                try
                {
                    foreach (var fd in Directory.EnumerateFileSystemEntries(Path.Combine(dir, "fd")))
                    {
                        var target = new FileInfo(fd).LinkTarget;
                        if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal) && inodes.Contains(target[8..^1])) return pid;
                    }
                }
                catch (Exception e) when (e is UnauthorizedAccessException or IOException) { }
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException) { }
        return null;
    }

    public static long? RssKb(int pid) => Status(pid, "VmRSS");

    /// <summary>User plus system CPU time of the process so far, from /proc/pid/stat (clock ticks of 10 ms).</summary>
    public static double? CpuMs(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After the command name: state is field 3, utime field 14, stime field 15.
            return (long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture)) * 10.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { return null; }
    }

    /// <summary>"RSS 180 MB at the end, at most 210 MB sampled after each scenario, peak (VmHWM) 220 MB".</summary>
    public static string? Memory(int pid, long sampledPeakKb)
    {
        var rss = Status(pid, "VmRSS");
        var hwm = Status(pid, "VmHWM");
        if (rss is null) return null;
        var db = DatabaseMappedKb(pid);
        var database = db is > 0
            ? string.Create(CultureInfo.InvariantCulture, $"; of the mapped files, the SQLite database file read through memory mapping {db / 1024.0:0} MB (the operating system's page cache of that file, shared and reclaimable), so RSS without it {(rss - db) / 1024.0:0} MB")
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"RSS {rss / 1024.0:0} MB at the end, at most {sampledPeakKb / 1024.0:0} MB sampled after each scenario, peak resident (VmHWM) {hwm / 1024.0:0} MB since the server started; " +
            $"of the RSS at the end: private {Status(pid, "RssAnon") / 1024.0:0} MB, mapped files (the runtime's and app's libraries) {Status(pid, "RssFile") / 1024.0:0} MB, " +
            $"shared memory (the JIT's double-mapped code) {Status(pid, "RssShmem") / 1024.0:0} MB") + database;
    }

    /// <summary>The resident pages of the SQLite database file the server maps into memory (its mmap_size), from /proc/PID/smaps.</summary>
    private static long? DatabaseMappedKb(int pid)
    {
        try
        {
            long total = 0;
            var inDatabase = false;
            foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // A mapping's header ("start-end perms offset device inode path"); its fields ("Rss: 12 kB") follow it.
                if (parts.Length >= 5 && parts[0].Contains('-', StringComparison.Ordinal) && !parts[0].EndsWith(':'))
                    inDatabase = parts.Length >= 6 && parts[5].EndsWith(".db", StringComparison.Ordinal);
                else if (inDatabase && line.StartsWith("Rss:", StringComparison.Ordinal))
                    total += long.Parse(line[4..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
            return total;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    private static long? Status(int pid, string key)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }
}
