using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Board;
using Thrive.Persistence;

namespace Thrive.Bench;

/// <summary>
/// The board page side by side with Kanboard's, in one run on one machine: Kanboard started by its own script
/// (PHP's built-in server, 4 workers, SQLite), Thrive on Kestrel on a real port (SQLite, the demo data), boards of
/// 20 and 500 open cards in each, signed in as their owners, requested at 16 connections for a few seconds per cell,
/// interleaved over rounds after a warm-up round that is not counted, and one connection for the median. Run:
/// dotnet run -c Release --project bench/Thrive.Bench -- peer-board PATH-TO/peers/kanboard [seconds] [rounds]
/// </summary>
internal static partial class PeerBoardBench
{
    private const int Connections = 16;
    private const string KanboardBase = "http://127.0.0.1:8088";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 1 || !File.Exists(Path.Combine(args[0], "start.sh")))
        {
            Console.Error.WriteLine("usage: Thrive.Bench peer-board <folder of Kanboard's start.sh> [seconds per cell] [rounds]");
            return 2;
        }
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var folder = Path.Combine(Path.GetTempPath(), "thrive-peer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var kanboardPid = await StartKanboardAsync(args[0], Path.Combine(folder, "kanboard"));
        try
        {
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_THRIVE_WEB", Path.Combine(BoardBench.RepositoryRoot(), "src", "Thrive.Web"));
            await using var app = new BoardBench.App(Path.Combine(folder, "thrive.db"), Path.Combine(folder, "mail"), "Production");
            app.UseKestrel(0);
            app.StartServer();
            var thriveBase = app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
            var (big, small) = await BoardsAsync(app);
            var cells = new (string Name, string Url, Func<HttpClient> Client)[]
            {
                ("Kanboard, 20 cards", $"{KanboardBase}/?controller=BoardViewController&action=show&project_id=2", () => Kanboard()),
                ("Thrive, 20 cards", $"{thriveBase}/Board/{small.Board}", () => Thrive(thriveBase, small.Email)),
                ("Kanboard, 500 cards", $"{KanboardBase}/?controller=BoardViewController&action=show&project_id=1", () => Kanboard()),
                ("Thrive, 500 cards", $"{thriveBase}/Board/{big.Board}", () => Thrive(thriveBase, big.Email)),
            };
            var clients = cells.Select(c => c.Client()).ToArray();
            var rates = cells.Select(_ => new List<double>()).ToArray();
            var bytes = new long[cells.Length];
            for (var i = 0; i < cells.Length; i++) bytes[i] = await WarmAsync(clients[i], cells[i].Url);
            // Both servers are warmed under the measured load first (.NET compiles its hot code again after its first
            // few thousand calls; PHP's workers fill their caches): the first round is otherwise a start-up figure.
            for (var i = 0; i < cells.Length; i++) await ThroughputAsync(clients[i], cells[i].Url, TimeSpan.FromSeconds(Math.Max(2, seconds)));
            for (var round = 0; round < rounds; round++)
                for (var i = 0; i < cells.Length; i++)
                    rates[i].Add(await ThroughputAsync(clients[i], cells[i].Url, TimeSpan.FromSeconds(seconds)));
            var medians = new double[cells.Length];
            for (var i = 0; i < cells.Length; i++) medians[i] = await MedianAsync(clients[i], cells[i].Url, 60);

            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"{Environment.ProcessorCount} cores; {Connections} connections, {seconds} s a cell, {rounds} rounds interleaved; p50 at one connection over 60 requests"));
            Console.WriteLine("| page | HTML | req/s at 16 connections (each round) | p50 at 1 connection |");
            Console.WriteLine("|---|---|---|---|");
            for (var i = 0; i < cells.Length; i++)
                Console.WriteLine(string.Create(inv, $"| {cells[i].Name} | {bytes[i] / 1024.0:0} KB | {string.Join(", ", rates[i].Select(r => r.ToString("0", inv)))} | {medians[i]:0.0} ms |"));
            Console.WriteLine(string.Create(inv, $"ratio Thrive / Kanboard, 20 cards: {rates[1].Sum() / rates[0].Sum():0.0}x (target 10x); 500 cards: {rates[3].Sum() / rates[2].Sum():0.0}x (target 20x)"));
            return 0;
        }
        finally
        {
            StopKanboard(kanboardPid);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static async Task<int> StartKanboardAsync(string peer, string workdir)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(peer, "start.sh"), workdir]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException("Kanboard did not start: " + output + await process.StandardError.ReadToEndAsync());
        return int.Parse(output.Trim().Split('\n')[^1], CultureInfo.InvariantCulture);
    }

    private static void StopKanboard(int pid)
    {
        // PHP's workers outlive their parent: stop the children first, then the server.
        using var children = Process.Start(new ProcessStartInfo("pkill", ["-P", pid.ToString(CultureInfo.InvariantCulture)]));
        children?.WaitForExit();
        try { Process.GetProcessById(pid).Kill(); } catch (ArgumentException) { } catch (InvalidOperationException) { }
    }

    /// <summary>Two demo mentees' boards brought to 500 and 20 open cards, spread over To do and Doing.</summary>
    private static async Task<((Guid Board, string Email) Big, (Guid Board, string Email) Small)> BoardsAsync(BoardBench.App app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
        async Task<(Guid, string)> Fill(string email, int open)
        {
            var owner = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var board = await db.Boards.SingleAsync(b => b.OwnerId == owner);
            var columns = await db.BoardColumns.Where(c => c.BoardId == board.Id && !c.IsDeleted).OrderBy(c => c.Position).ToListAsync();
            var done = columns[^1].Id;
            var have = await db.Tasks.CountAsync(t => t.BoardId == board.Id && t.ColumnId != done);
            var goal = await db.Goals.Where(g => g.OwnerId == owner).Select(g => (Guid?)g.Id).FirstOrDefaultAsync();
            var now = DateTimeOffset.UtcNow;
            for (var i = have; i < open; i++)
            {
                var column = columns[i % 2];
                var task = BoardTask.Create(board.Id, column, i % 3 == 0 ? null : goal, $"Bench card {i}: a task of ordinary length", null, null, 100 + i, now.AddMinutes(-i)).Value!;
                db.Tasks.Add(task);
                db.TaskMoves.Add(TaskMove.Of(task.Id, null, column, owner, now.AddMinutes(-i)));
            }
            await db.SaveChangesAsync();
            return (board.Id, email);
        }
        return (await Fill("dsa.mentee@thrive.test", 500), await Fill("aws.mentee@thrive.test", 20));
    }

    private static HttpClient Thrive(string baseUrl, string email)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = Connections }) { BaseAddress = new Uri(baseUrl) };
        BoardBench.SignInAsync(client, email).GetAwaiter().GetResult();
        return client;
    }

    private static HttpClient Kanboard()
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = Connections }) { BaseAddress = new Uri(KanboardBase) };
        var page = client.GetStringAsync(new Uri("/?controller=AuthController&action=login", UriKind.Relative)).GetAwaiter().GetResult();
        var token = KanboardToken().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["csrf_token"] = token, ["username"] = "admin", ["password"] = "admin" });
        using var response = client.PostAsync(new Uri("/?controller=AuthController&action=check", UriKind.Relative), form).GetAwaiter().GetResult();
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found)) throw new InvalidOperationException("Kanboard sign-in failed.");
        return client;
    }

    private static async Task<long> WarmAsync(HttpClient client, string url)
    {
        long size = 0;
        for (var i = 0; i < 20; i++) size = (await GetAsync(client, url)).Length;
        return size;
    }

    private static async Task<byte[]> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url));
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK || body.Length < 1000) throw new InvalidOperationException($"{url}: {(int)response.StatusCode}, {body.Length} bytes (signed out?)");
        return body;
    }

    /// <summary>Completed requests a second with <see cref="Connections"/> requests always in flight.</summary>
    private static async Task<double> ThroughputAsync(HttpClient client, string url, TimeSpan duration)
    {
        var done = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Connections).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                await GetAsync(client, url);
                Interlocked.Increment(ref done);
            }
        }));
        return done / clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> MedianAsync(HttpClient client, string url, int requests)
    {
        var times = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            var sw = Stopwatch.StartNew();
            await GetAsync(client, url);
            times[i] = sw.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return times[requests / 2];
    }

    [GeneratedRegex("name=\"csrf_token\" value=\"([^\"]+)\"")]
    private static partial Regex KanboardToken();
}
