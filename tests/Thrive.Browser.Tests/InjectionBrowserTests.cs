using System.Diagnostics;
using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>
/// Script typed into every text field of the main user-written pages, by the mentee and by the mentor, never runs
/// when the mentee, the mentor or the coordinator reads those pages in Chromium, and never reaches the HTML raw.
/// </summary>
public sealed class InjectionBrowserTests : BrowserTest
{
    private const string Payload = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=1</script>\"'><svg onload=\"window.__xss=1\">";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Script_in_every_user_written_field_never_runs()
    {
        var w = await TestWorld.SetUpAsync(App, Ct);
        string[] writePages =
        [
            "/Goals/New", $"/Goals/{w.GoalA}/Edit", $"/Goals/{w.GoalA}", $"/Swot/{w.SwotA}", $"/Goals/{w.GoalA}/Grow",
            $"/Board/{w.BoardA}", $"/Tasks/{w.TaskA}", "/Commitments", $"/Sessions/{w.SessionA}",
            $"/Pairs/{w.PairA}/Charter", $"/Pairs/{w.PairA}/Plan", $"/Pairs/{w.PairA}/Feedback", $"/Pairs/{w.PairA}/Check",
            "/Account/Profile", $"/Pairs/{w.PairA}/Close", "/Practice", $"/Practice/{w.ProblemA}/Edit", "/Wellbeing",
        ];
        string[] readPages = [.. writePages.Where(p => !p.EndsWith("/New", StringComparison.Ordinal)),
            "/", "/Goals", $"/Pairs/{w.PairA}", $"/Pairs/{w.PairA}/Journey", $"/Pairs/{w.PairA}/Sessions", $"/Programmes/{w.Programme}",
            $"/Practice?owner={await App.UserIdAsync(TestWorld.EmailOf(w, Persona.MenteeA))}", $"/Wellbeing?owner={await App.UserIdAsync(TestWorld.EmailOf(w, Persona.MenteeA))}"];
        var clock = Stopwatch.StartNew();
        var submitted = 0;
        foreach (var email in new[] { Persona.MenteeA, Persona.MentorA }.Select(p => TestWorld.EmailOf(w, p)))
        {
            var page = await NewPageAsync();
            await SignInAsync(page, email);
            foreach (var url in writePages)
                submitted += await SubmitEveryFormAsync(page, url, clock);
            await page.Context.CloseAsync();
        }
        Assert.True(submitted >= 15, $"only {submitted} forms were submitted");

        var failures = new List<string>();
        foreach (var email in new[] { Persona.MenteeA, Persona.MentorA, Persona.Coordinator }.Select(p => TestWorld.EmailOf(w, p)))
        {
            var page = await NewPageAsync();
            var dialogs = new List<string>();
            page.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };
            await SignInAsync(page, email);
            foreach (var url in readPages)
            {
                var response = await page.GotoAsync(url);
                if (response is null) continue;
                var html = await response.TextAsync();
                var raw = new[] { "<script>window.__xss", "<img src=x onerror=", "<svg onload=" } // an element, not escaped text
                    .Select(m => html.IndexOf(m, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).First();
                if (raw >= 0) failures.Add($"{email} {url}: raw script markup in the HTML: {html.Substring(Math.Max(0, raw - 200), Math.Min(300, html.Length - Math.Max(0, raw - 200)))}");
                if (await page.EvaluateAsync<bool>("() => window.__xss !== undefined"))
                    failures.Add($"{email} {url}: the injected script ran");
            }
            if (dialogs.Count > 0) failures.Add($"{email}: dialogs opened: {string.Join(", ", dialogs)}");
            await page.Context.CloseAsync();
        }
        TestContext.Current.SendDiagnosticMessage($"Injection: {submitted} forms submitted, {readPages.Length * 3} page views checked");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Fills every visible text field of each post form on the page with the payload and submits it.</summary>
    private static async Task<int> SubmitEveryFormAsync(IPage page, string url, Stopwatch clock)
    {
        await page.GotoAsync(url);
        var count = await page.Locator("form[method=post]").CountAsync();
        var submitted = 0;
        for (var i = 0; i < count && clock.Elapsed < TimeSpan.FromSeconds(150); i++)
        {
            if (i > 0) await page.GotoAsync(url);
            var form = page.Locator("form[method=post]").Nth(i);
            if (await form.CountAsync() == 0) break;
            var fields = form.Locator("textarea:visible, input:visible:not([type]), input[type=text]:visible, input[type=search]:visible");
            var n = await fields.CountAsync();
            if (n == 0) continue;
            for (var f = 0; f < n; f++)
            {
                var field = fields.Nth(f);
                if (await field.IsEditableAsync()) await field.FillAsync(Payload);
            }
            var submit = form.Locator("button[type=submit]:visible, button:not([type]):visible, input[type=submit]:visible").First;
            if (await submit.CountAsync() == 0) continue;
            await submit.ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.Load);
            submitted++;
        }
        return submitted;
    }
}
