using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Thrive.Browser.Tests;

/// <summary>
/// The API reference (Scalar) works offline: nothing is fetched from another host, its CSP is met, the vendor's
/// buttons are gone, and it passes axe like every other page.
/// </summary>
public sealed class ApiReferenceTests : BrowserTest
{
    [Fact]
    public async Task Api_reference_stays_on_this_site_shows_no_vendor_buttons_and_passes_axe()
    {
        var page = await NewPageAsync();
        var elsewhere = new List<string>();
        // Nothing may leave the machine: a request to another host is recorded and never sent.
        await page.Context.RouteAsync("**/*", async route =>
        {
            var host = new Uri(route.Request.Url).Host;
            if (host is "127.0.0.1" or "localhost" || route.Request.Url.StartsWith("data:", StringComparison.Ordinal)) await route.ContinueAsync();
            else
            {
                lock (elsewhere) elsewhere.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") lock (problems) problems.Add($"console error: {m.Text} ({m.Location})"); };
        page.PageError += (_, e) => { lock (problems) problems.Add($"uncaught: {e}"); };
        await page.AddInitScriptAsync("window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));");

        var response = await page.GotoAsync("/api/reference/");
        Assert.Equal(200, response!.Status);
        // A policy of its own: this site only, scripts by nonce, never inline or eval.
        var csp = await response.HeaderValueAsync("content-security-policy") ?? "";
        var scripts = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("'nonce-", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
        if (await page.GetAttributeAsync("html", "lang") != "en") problems.Add("the html element has no lang=\"en\"");
        // The operations have rendered: the reference is usable.
        await page.GetByText("/api/v1/me", new() { Exact = false }).First.WaitForAsync(); // the first area's operations (later areas are collapsed)
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        foreach (var vendor in new[] { "Deploy", "Generate SDK", "Ask AI" })
            if (await page.GetByRole(AriaRole.Button, new() { Name = vendor }).Or(page.GetByRole(AriaRole.Link, new() { Name = vendor })).CountAsync() > 0)
                problems.Add($"the vendor's \"{vendor}\" button is shown");
        problems.AddRange((await page.EvaluateAsync<string[]>("window.__csp")).Select(v => "CSP violation: " + v));
        var axe = await page.RunAxe();
        problems.AddRange(axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"axe: {v.Id} ({v.Impact}) {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));

        problems.AddRange(elsewhere.Distinct().Select(u => "request to another host: " + u));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
