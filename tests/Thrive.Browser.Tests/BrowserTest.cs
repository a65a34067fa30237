using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>
/// The real app on a real port (Kestrel) and Debian's Chromium driven by Playwright; no browser download.
/// </summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private TestDatabase? database;
    private IPlaywright? playwright;

    protected ThriveApp App { get; private set; } = null!;
    protected IBrowser Browser { get; private set; } = null!;
    protected string BaseUrl { get; private set; } = "";

    /// <summary>Whether the app starts with the demo programme; tests build their own data with <see cref="Given"/> otherwise.</summary>
    protected virtual bool Seed => false;

    /// <summary>Settings of the app under test beyond the test defaults (a single sign-on provider, say).</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("THRIVE_CHROMIUM") ?? "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        // Classes run side by side on two cores, each with its own app and browser: an assertion waits as long as an
        // action does (15 s), not Playwright's 5 s, so a page that answers slowly under that load is not a failure.
        Assertions.SetDefaultExpectTimeout(15_000);
        database = await TestDatabase.CreateAsync();
        App = new ThriveApp(database, seed: Seed, kestrel: true, settings: Settings);
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
        if (database is not null) await database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = height } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    protected static async Task SignInAsync(IPage page, string email, string password = ThriveApp.Password)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // The first sign-in of a class lands on a home page that is not warm yet, while other classes start their own
        // app and browser beside it on a 2-core machine: it may take longer than an ordinary wait.
        await page.WaitForURLAsync(u => !u.Contains("/Account/SignIn", StringComparison.Ordinal), new() { Timeout = 60_000 });
    }

    /// <summary>Opens a story tool from the Tools menu of the main navigation, as a person would.</summary>
    protected static async Task OpenToolAsync(IPage page, string name)
    {
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await nav.GetByRole(AriaRole.Button, new() { Name = "Tools", Exact = true }).ClickAsync();
        await nav.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
    }

    protected static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/Account/SignIn", StringComparison.Ordinal));
    }
}
