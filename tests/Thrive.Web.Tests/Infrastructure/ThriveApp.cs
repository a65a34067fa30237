using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Persistence;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real database of the provider under test, with the demo programme seeded when asked (tests
/// build their own data with <see cref="Given"/>). Optionally on a real Kestrel port for the browser tests.
/// </summary>
public partial class ThriveApp : WebApplicationFactory<Program>
{
    public const string Password = "Thrive-demo-1";

    private readonly bool seed;
    private readonly bool kestrel;
    private readonly IReadOnlyDictionary<string, string> settings;

    public ThriveApp(TestDatabase database, bool seed = false, bool kestrel = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        Database = database;
        this.seed = seed;
        this.kestrel = kestrel;
        this.settings = settings ?? new Dictionary<string, string>();
        if (kestrel)
        {
            UseKestrel(0);
            StartServer();
        }
    }

    public TestDatabase Database { get; }

    /// <summary>The app's clock: real time plus an offset a test can move forward (a session "tomorrow" becomes today).</summary>
    public ShiftableClock Clock { get; } = new();

    /// <summary>Every SQL command the app sends (reset it before the request you measure).</summary>
    public SqlCommandCounter Sql { get; } = new();

    public Uri BaseAddress => kestrel ? ClientOptions.BaseAddress : new Uri("http://localhost");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Thrive:Database:Provider", Database.Provider);
        builder.UseSetting("Thrive:Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Thrive:Demo:Seed", seed ? "true" : "false");
        builder.UseSetting("Thrive:Mail:PickupFolder", Database.MailFolder);
        builder.UseSetting("Thrive:Security:SignInAttemptsPerMinute", "10000");
        builder.UseSetting("Thrive:PublicBaseUrl", "http://localhost");
        builder.UseSetting("Thrive:Reminders:Enabled", "false"); // tests run passes themselves, at instants they choose
        builder.UseSetting("Thrive:Webhooks:Enabled", "false"); // likewise for webhook deliveries
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(s => s.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(Sql));
        // Paging without a stable order returns rows in whatever order the database likes: a bug here, not a warning.
        builder.ConfigureServices(s => s.ConfigureDbContext<ThriveDbContext>(o => o.ConfigureWarnings(w =>
            w.Throw(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning))));
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A client that keeps cookies and follows no redirects, like a browser that shows each answer.</summary>
    public HttpClient Anonymous()
    {
        var header = new ApiAntiforgeryHeader();
        var client = CreateDefaultClient(BaseAddress, header, new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler());
        ApiAntiforgeryHeader.Of.Add(client, header);
        return client;
    }

    /// <summary>Signs in through the real sign-in form and returns a client holding the cookie.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string password = Password)
    {
        var client = Anonymous();
        var response = await PostFormAsync(client, "/Account/SignIn", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        await SendAntiforgeryHeaderAsync(client);
        return client;
    }

    /// <summary>
    /// Makes a signed-in client send the antiforgery header with its API requests, as the pages' scripts do: the API
    /// refuses a cookie-authenticated POST, PUT or DELETE without it. (Form posts get no header: a test that leaves
    /// out a form's token means it.)
    /// </summary>
    public static async Task SendAntiforgeryHeaderAsync(HttpClient client)
    {
        if (!ApiAntiforgeryHeader.Of.TryGetValue(client, out var header)) throw new InvalidOperationException("The client was not made by ThriveApp or AppProcess.");
        header.Token = AntiforgeryToken(await client.GetStringAsync("/"));
    }

    /// <summary>GETs the form page for its antiforgery token, then posts the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? url);
        var token = AntiforgeryToken(page);
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    public static string AntiforgeryToken(string html)
    {
        var m = TokenRegex().Match(html);
        if (!m.Success) throw new InvalidOperationException("No antiforgery token on the page.");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    public async Task<T> WithDbAsync<T>(Func<ThriveDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<ThriveDbContext>());
    }

    public Task<Guid> UserIdAsync(string email) =>
        WithDbAsync(db => db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync());

    /// <summary>The link in the newest mail sent to this address.</summary>
    public Task<string> LastLinkToAsync(string email) => WithDbAsync(async db =>
    {
        var body = await db.SentMail.Where(m => m.To == email).OrderByDescending(m => m.SentAt).Select(m => m.TextBody).FirstAsync();
        var m = LinkRegex().Match(body);
        if (!m.Success) throw new InvalidOperationException("No link in the mail: " + body);
        return new Uri(m.Value).PathAndQuery;
    });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    [GeneratedRegex(@"http://localhost/\S+")]
    private static partial Regex LinkRegex();
}
