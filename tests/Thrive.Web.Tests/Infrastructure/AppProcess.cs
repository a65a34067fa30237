using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>
/// The built Thrive.Web.dll as a separate OS process (what an operator runs), configured by environment
/// variables, for tests that kill it or run its maintenance commands.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log;

    private AppProcess(Process process, StringBuilder log, Uri baseAddress)
    {
        this.process = process;
        this.log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Log { get { lock (log) return log.ToString(); } }

    /// <summary>The settings for a database, as environment variables (Thrive__Section__Key).</summary>
    public static Dictionary<string, string> Settings(TestDatabase database, bool seed = false) => new()
    {
        ["Thrive__Database__Provider"] = database.Provider,
        ["Thrive__Database__ConnectionString"] = database.ConnectionString,
        ["Thrive__Demo__Seed"] = seed ? "true" : "false",
        ["Thrive__Mail__PickupFolder"] = database.MailFolder,
        ["Thrive__Security__SignInAttemptsPerMinute"] = "10000",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    /// <summary>Starts the web app on a free port and waits until /healthz answers 200.</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan timeout, CancellationToken ct)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var env = new Dictionary<string, string>(settings) { ["ASPNETCORE_URLS"] = baseAddress.ToString() };
        var log = new StringBuilder();
        var process = Launch([], env, log);
        var app = new AppProcess(process, log, baseAddress);
        using var probe = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited) break;
            try
            {
                if ((await probe.GetAsync("/healthz", ct)).StatusCode == HttpStatusCode.OK) return app;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(200, ct);
        }
        var output = app.Log;
        await app.DisposeAsync();
        throw new InvalidOperationException($"Thrive did not become healthy within {timeout.TotalSeconds:0} s:\n{output}");
    }

    /// <summary>Runs a maintenance command (backup, restore) to its end.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IReadOnlyDictionary<string, string> settings, string[] args, CancellationToken ct)
    {
        var log = new StringBuilder();
        using var process = Launch(args, settings, log);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }
        process.WaitForExit(); // drains the output readers
        lock (log) return (process.ExitCode, log.ToString());
    }

    /// <summary>A client that keeps cookies, like a browser.</summary>
    public HttpClient Client()
    {
        var header = new ApiAntiforgeryHeader { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() } };
        var client = new HttpClient(header) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        ApiAntiforgeryHeader.Of.Add(client, header);
        return client;
    }

    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = Client();
        var response = await ThriveApp.PostFormAsync(client, "/Account/SignIn", new() { ["Input.Email"] = email, ["Input.Password"] = ThriveApp.Password });
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}\n{Log}");
        await ThriveApp.SendAntiforgeryHeaderAsync(client);
        return client;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, like a power cut for the process.</summary>
    public void KillHard()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: false);
        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        KillHard();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static Process Launch(string[] args, IReadOnlyDictionary<string, string> settings, StringBuilder log)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Thrive.Web.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        // Nothing from the test run's own configuration leaks in.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Thrive__", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || k == "DOTNET_ENVIRONMENT").ToList())
            start.Environment.Remove(key);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings) start.Environment[key] = value;
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
