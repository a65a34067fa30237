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
/// Server-side render time of a board with 500 cards: the real app in process (SQLite in a temp folder, the demo
/// data plus 500 cards), the page requested through the test server, and a static file in the same run as the
/// ceiling. Run: dotnet run -c Release --project bench/Thrive.Bench -- board
/// </summary>
internal static partial class BoardBench
{
    private const int Cards = 500;
    private const int Requests = 300;

    public static async Task RunAsync()
    {
        // The web app's content root (its wwwroot and pages), found from the repository root above this program.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_THRIVE_WEB", Path.Combine(RepositoryRoot(), "src", "Thrive.Web"));
        var folder = Path.Combine(Path.GetTempPath(), "thrive-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var app = new App(Path.Combine(folder, "thrive.db"), Path.Combine(folder, "mail"));
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            await SignInAsync(client, "mentee@thrive.test");
            var board = await AddCardsAsync(app);
            var page = $"/Board/{board}";
            var ceiling = "/css/site.css";
            foreach (var url in new[] { page, ceiling }) for (var i = 0; i < 30; i++) await client.GetStringAsync(new Uri(url, UriKind.Relative));
            var boardTimes = await TimeAsync(client, page);
            var staticTimes = await TimeAsync(client, ceiling);
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine($"board with {Cards} more cards (plus the demo's), {Requests} sequential requests after a warm-up, in process");
            Console.WriteLine(string.Create(inv, $"GET {page[..7]}…  p50 {P(boardTimes, 50),7:0.0} ms  p95 {P(boardTimes, 95),7:0.0} ms  p99 {P(boardTimes, 99),7:0.0} ms"));
            Console.WriteLine(string.Create(inv, $"GET {ceiling}  p50 {P(staticTimes, 50),7:0.00} ms  p95 {P(staticTimes, 95),7:0.00} ms  p99 {P(staticTimes, 99),7:0.00} ms"));
            Console.WriteLine(string.Create(inv, $"ratio of p50s (board / static file): {P(boardTimes, 50) / P(staticTimes, 50):0}x"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, true); } catch (IOException) { }
        }
    }

    private static async Task<double[]> TimeAsync(HttpClient client, string url)
    {
        var times = new double[Requests];
        for (var i = 0; i < Requests; i++)
        {
            var sw = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            await response.Content.ReadAsByteArrayAsync();
            times[i] = sw.Elapsed.TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{url}: {(int)response.StatusCode}");
        }
        Array.Sort(times);
        return times;
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Thrive.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Run the bench from inside the repository.");
    }

    private static double P(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static async Task<Guid> AddCardsAsync(App app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
        var owner = await db.Users.Where(u => u.Email == "mentee@thrive.test").Select(u => u.Id).SingleAsync();
        var board = await db.Boards.SingleAsync(b => b.OwnerId == owner);
        var columns = await db.BoardColumns.Where(c => c.BoardId == board.Id).OrderBy(c => c.Position).ToListAsync();
        var goal = await db.Goals.Where(g => g.OwnerId == owner).Select(g => (Guid?)g.Id).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < Cards; i++)
        {
            // Spread over To do and Doing: those columns draw every card (Done shows its recent ones).
            var column = columns[i % 2];
            var task = BoardTask.Create(board.Id, column, i % 3 == 0 ? null : goal, $"Bench card {i}", null, null, 100 + i, now.AddMinutes(-i)).Value!;
            db.Tasks.Add(task);
            db.TaskMoves.Add(TaskMove.Of(task.Id, null, column, owner, now.AddMinutes(-i)));
        }
        await db.SaveChangesAsync();
        return board.Id;
    }

    /// <summary>Signs a demo person in on <paramref name="client"/> (cookies kept by the client).</summary>
    internal static async Task SignInAsync(HttpClient client, string email)
    {
        var page = await client.GetStringAsync(new Uri("/Account/SignIn", UriKind.Relative));
        var token = WebUtility.HtmlDecode(TokenRegex().Match(page).Groups[1].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = "Thrive-demo-1", ["__RequestVerificationToken"] = token,
        });
        var response = await client.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("Sign-in failed.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    /// <summary>Thrive on SQLite with the demo data, in process; <paramref name="environment"/> Production for a server as deployed.</summary>
    internal sealed class App(string database, string mail, string environment = "Development") : WebApplicationFactory<Thrive.Web.Infrastructure.ThriveOptions>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Thrive:Database:Provider", "Sqlite");
            builder.UseSetting("Thrive:Database:ConnectionString", $"Data Source={database}");
            builder.UseSetting("Thrive:Demo:Seed", "true");
            builder.UseSetting("Thrive:Mail:PickupFolder", mail);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}
