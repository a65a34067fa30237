using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>Every page, as each role sees it in Chromium, loads without a console error or a Content-Security-Policy violation.</summary>
public sealed class ConsoleTests : BrowserTest
{
    /// <summary>Collects what the page's own listener saw; the init script runs outside the page's CSP.</summary>
    private const string ViolationListener =
        "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    [Fact]
    public async Task Every_page_per_role_loads_without_console_errors_or_CSP_violations()
    {
        var world = await TestWorld.SetUpAsync(App, TestContext.Current.CancellationToken);
        var problems = new List<string>();
        var visited = 0;
        foreach (var persona in PageTour.Roles)
        {
            var page = await NewPageAsync();
            if (persona != Persona.Anonymous) await SignInAsync(page, TestWorld.EmailOf(world, persona));
            await page.AddInitScriptAsync(ViolationListener);
            var url = "";
            var messages = new List<IConsoleMessage>();
            page.Console += (_, m) => { if (m.Type == "error") messages.Add(m); };
            page.PageError += (_, e) => problems.Add($"{persona} {url}: uncaught: {e}");
            foreach (var next in PageTour.PageUrls(App, world))
            {
                url = next;
                messages.Clear();
                var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
                // A page that answers 403 or 404 on purpose (a status page) is reported by Chromium as a failed load of itself.
                var failedItself = $"Failed to load resource: the server responded with a status of {response?.Status} ";
                problems.AddRange(messages.Where(m => !(m.Text.StartsWith(failedItself, StringComparison.Ordinal) && m.Location.StartsWith(page.Url + ":", StringComparison.Ordinal)))
                    .Select(m => $"{persona} {url}: console error: {m.Text} ({m.Location})"));
                foreach (var v in await page.EvaluateAsync<string[]>("window.__csp || []"))
                    problems.Add($"{persona} {url}: CSP violation: {v}");
                visited++;
            }
            await page.Context.CloseAsync();
        }
        Assert.True(visited > 100, $"Only {visited} pages were visited; the tour is broken.");
        Assert.True(problems.Count == 0, $"{problems.Count} problems in {visited} page visits:\n" + string.Join("\n", problems));
    }
}
