using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Thrive.Bench.Scale;

/// <summary>
/// load --url http://127.0.0.1:5080 [--connections 16] [--seconds 20] [--warmup 2] [--mentees 5000] [--pid P] [--label SQLite] [--no-doc] [--only home,board]:
/// signs in generated mentees (one per connection) and the 500-pair programme's coordinator through the real
/// sign-in form, then drives one scenario at a time with every connection in a closed loop, a static file first as
/// the ceiling. Prints requests/s, p50, p95, p99 and errors per scenario and writes the table to docs/performance.md.
/// </summary>
internal static partial class LoadCommand
{
    private sealed record Scenario(string Name, bool AsCoordinator, Func<VirtualUser, string> Url);

    public sealed record Result(string Name, string Path, double PerSecond, double P50, double P95, double P99, long Requests, long Errors, double Ratio, double? CpuMsPerRequest);

    public static async Task<int> RunAsync(string[] args)
    {
        var flags = Flags.Parse(args);
        var baseUrl = new Uri(flags.Get("url") ?? "http://127.0.0.1:5080");
        var connections = flags.Int("connections", 16);
        var seconds = flags.Int("seconds", 20);
        var warmup = flags.Int("warmup", 2);
        var mentees = flags.Int("mentees", 5000);
        var password = flags.Get("password") ?? ScaleWriter.Password;
        var pid = flags.Get("pid") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : ServerProcess.ListeningOn(baseUrl.Port);
        var started = DateTimeOffset.UtcNow;
        var loadBefore = Machine.LoadAverage();

        Console.WriteLine($"signing in {connections} mentees and {ScaleWriter.Email("coordinator", 1)} at {baseUrl}");
        var users = new List<VirtualUser>();
        for (var i = 0; i < connections; i++)
        {
            // Spread the virtual users over all generated pairs (and so over all programmes).
            var n = 1 + (int)((long)i * mentees / connections) + (i % 7);
            users.Add(await VirtualUser.SignInAsync(baseUrl, ScaleWriter.Email("mentee", Math.Min(n, mentees)), password, connections));
        }
        var coordinator = await VirtualUser.SignInAsync(baseUrl, ScaleWriter.Email("coordinator", 1), password, connections);
        foreach (var u in users) await u.DiscoverAsMenteeAsync();
        await coordinator.DiscoverAsCoordinatorAsync();
        Console.WriteLine($"server process: {(pid is int found ? found.ToString(CultureInfo.InvariantCulture) : "not found (pass --pid)")}");

        var scenarios = new Scenario[]
        {
            new("ceiling: static file, no database", false, _ => "/css/site.css"),
            new("mentee home", false, _ => "/"),
            new("board", false, u => $"/Board/{u.BoardId}"),
            new("goal page", false, u => $"/Goals/{u.GoalId}"),
            new("session page", false, u => $"/Sessions/{u.SessionId}"),
            new("group page (50 members, 24 meetings)", false, u => $"/Groups/{u.GroupId}"),
            new("group meetings (24)", false, u => $"/Groups/{u.GroupId}/Meetings"),
            new("API: my groups (5)", false, _ => "/api/v1/groups"),
            new("coordinator programme page (500 pairs)", true, u => $"/Programmes/{u.ProgrammeId}"),
            new("health page (500 pairs)", true, u => $"/Programmes/{u.ProgrammeId}/Health"),
            new("API: health (500 pairs)", true, u => $"/api/v1/programmes/{u.ProgrammeId}/health"),
            new("API: programme's pairs", true, u => $"/api/v1/programmes/{u.ProgrammeId}/pairs"),
            new("API: applications", true, u => $"/api/v1/programmes/{u.ProgrammeId}/applications"),
            new("API: my programmes", false, _ => "/api/v1/programmes"),
            new("API: my goals", false, _ => "/api/v1/goals"),
            new("API: my board", false, _ => "/api/v1/board"),
        };
        // --only "home,board": the ceiling and the scenarios whose names contain one of the words (for quick checks).
        if (flags.Get("only") is { } only)
        {
            var words = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            scenarios = scenarios.Where((s, i) => i == 0 || words.Any(w => s.Name.Contains(w, StringComparison.OrdinalIgnoreCase))).ToArray();
        }
        var results = new List<Result>();
        long peakRss = 0;
        double ceiling = 0;
        foreach (var s in scenarios)
        {
            var workers = users.Select(u => s.AsCoordinator ? coordinator : u).ToList();
            await DriveAsync(workers, s, TimeSpan.FromSeconds(warmup));
            var cpuBefore = pid is int p1 ? ServerProcess.CpuMs(p1) : null;
            var (times, errors, elapsed) = await DriveAsync(workers, s, TimeSpan.FromSeconds(seconds));
            var cpuAfter = pid is int p2 ? ServerProcess.CpuMs(p2) : null;
            // The server's own CPU time per request does not depend on how busy the rest of the machine is.
            double? cpu = cpuBefore is double b && cpuAfter is double a && times.Length > 0 ? (a - b) / times.Length : null;
            var perSecond = times.Length / elapsed;
            if (results.Count == 0) ceiling = perSecond;
            var r = new Result(s.Name, s.Url(workers[0]).Split('?')[0], perSecond, P(times, 50), P(times, 95), P(times, 99), times.Length, errors, perSecond / ceiling, cpu);
            results.Add(r);
            if (pid is int id) peakRss = Math.Max(peakRss, ServerProcess.RssKb(id) ?? 0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Name,-42} {r.PerSecond,8:N0}/s  p50 {r.P50,7:0.0} ms  p95 {r.P95,7:0.0} ms  p99 {r.P99,7:0.0} ms  errors {r.Errors}  ratio {r.Ratio:0.000}  server CPU {r.CpuMsPerRequest:0.00} ms/request"));
        }
        var memory = pid is int server ? ServerProcess.Memory(server, peakRss) : null;
        if (memory is not null) Console.WriteLine(memory);
        var report = LoadReport.Markdown(flags.Get("label") ?? "this run", results, connections, seconds, mentees, started, loadBefore, Machine.LoadAverage(), memory);
        if (!flags.Has("no-doc") && !flags.Has("only"))
        {
            var doc = flags.Get("doc") ?? Path.Combine(LoadReport.RepositoryRoot(), "docs", "performance.md");
            LoadReport.Write(doc, flags.Get("label") ?? "this run", report);
            Console.WriteLine($"wrote the table to {Path.GetFileName(doc)}");
        }
        foreach (var u in users) u.Dispose();
        coordinator.Dispose();
        return results.Any(r => r.Errors > 0) ? 1 : 0;
    }

    /// <summary>Every worker requests its URL in a closed loop until the time is up; returns sorted latencies in ms.</summary>
    private static async Task<(double[] Times, long Errors, double Seconds)> DriveAsync(IReadOnlyList<VirtualUser> workers, Scenario s, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        long errors = 0;
        var all = await Task.WhenAll(workers.Select(async w =>
        {
            var times = new List<double>(4096);
            var url = new Uri(s.Url(w), UriKind.Relative);
            while (clock.Elapsed < duration)
            {
                var t = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await w.Client.GetAsync(url);
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref errors);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            return times;
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var merged = all.SelectMany(t => t).ToArray();
        Array.Sort(merged);
        return (merged, errors, elapsed);
    }

    private static double P(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>One signed-in person with their own cookies and connection; the ids of what they look at.</summary>
    internal sealed partial class VirtualUser : IDisposable
    {
        private VirtualUser(HttpClient client, string email) { Client = client; Email = email; }

        public HttpClient Client { get; }
        public string Email { get; }
        public Guid BoardId { get; private set; }
        public Guid GoalId { get; private set; }
        public Guid SessionId { get; private set; }
        public Guid ProgrammeId { get; private set; }
        /// <summary>The reader's book club (the generator puts everyone in one, and in four circles).</summary>
        public Guid GroupId { get; private set; }

        public static async Task<VirtualUser> SignInAsync(Uri baseUrl, string email, string password, int connections)
        {
            var handler = new SocketsHttpHandler
            {
                UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false,
                MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(30),
            };
            var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
            for (var attempt = 0; ; attempt++)
            {
                var page = await client.GetStringAsync(new Uri("/Account/SignIn", UriKind.Relative));
                var token = WebUtility.HtmlDecode(TokenRegex().Match(page).Groups[1].Value);
                using var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
                });
                using var response = await client.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), form);
                if (response.StatusCode == HttpStatusCode.Redirect) return new VirtualUser(client, email);
                if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 3)
                {
                    // The sign-in rate limit (Thrive:Security:SignInAttemptsPerMinute) works in one-minute windows.
                    Console.WriteLine("sign-in rate limit reached; waiting a minute");
                    await Task.Delay(TimeSpan.FromSeconds(61));
                    continue;
                }
                client.Dispose();
                throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}. Generate the data first and check the password.");
            }
        }

        public async Task DiscoverAsMenteeAsync()
        {
            using (var board = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/v1/board", UriKind.Relative))))
                BoardId = board.RootElement.GetProperty("boardId").GetGuid();
            using (var goals = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/v1/goals", UriKind.Relative))))
                GoalId = goals.RootElement.GetProperty("goals")[0].GetProperty("id").GetGuid();
            using (var groups = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/v1/groups", UriKind.Relative))))
            {
                var mine = groups.RootElement.GetProperty("groups").EnumerateArray().ToList();
                if (mine.Count == 0) throw new InvalidOperationException($"{Email}: in no group; generate the data again with this version.");
                GroupId = (mine.FirstOrDefault(g => g.GetProperty("kind").GetString() == "BookClub") is { ValueKind: JsonValueKind.Object } club ? club : mine[0]).GetProperty("id").GetGuid();
            }
            var home = await Client.GetStringAsync(new Uri("/", UriKind.Relative));
            var session = SessionLink().Match(home);
            if (!session.Success) throw new InvalidOperationException($"{Email}: no session link on the home page.");
            SessionId = Guid.Parse(session.Groups[1].Value);
        }

        public async Task DiscoverAsCoordinatorAsync()
        {
            using var programmes = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/v1/programmes", UriKind.Relative)));
            ProgrammeId = programmes.RootElement.GetProperty("items")[0].GetProperty("id").GetGuid();
        }

        public void Dispose() => Client.Dispose();

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex TokenRegex();

        [GeneratedRegex("href=\"/Sessions/([0-9a-f-]{36})\"")]
        private static partial Regex SessionLink();
    }
}
