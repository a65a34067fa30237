using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Thrive.Domain.Commitments;
using Thrive.Domain.Goals;
using Thrive.Domain.Intake;
using Thrive.Domain.Sessions;
using Thrive.Persistence;

namespace Thrive.Bench;

/// <summary>
/// Click to updated page for the ten most common writes (issue 17.5): the real app on Kestrel in Release (SQLite,
/// the demo data), Debian's Chromium driven by Playwright (no browser download), each write done for real a number
/// of times after a warm-up, timed from the click (or Enter) until the updated page is ready: the navigation after
/// the post finished (load event) and the changed content visible, or for the board's in-place writes the swapped
/// card in its column. Opening the page and typing are not timed. Beside the total, the part until the last byte of
/// the answer (the post, its redirect and the page it leads to, or the board's fetch) splits server from browser.
/// Run: dotnet run -c Release --project bench/Thrive.Bench -- clicks [repetitions] [--port N] [--db FILE]
/// </summary>
internal static class ClicksBench
{
    private const double Budget = 300;
    private const int Warmup = 5;

    /// <summary>One write: open the page and type (not timed), act, wait until ready; <paramref name="Swap"/> is the script expression that is true once an in-place write shows.</summary>
    private sealed record Write(string Name, string Who, Func<IPage, int, Task> Prepare, Func<IPage, int, Task> Act, Func<IPage, int, Task> Ready, string? Swap = null, Func<IPage, int, Task>? After = null);

    /// <summary>In every document: when the last click or Enter happened, and the first frame after the load event.</summary>
    private const string Marks = """
        (() => {
          const mark = e => sessionStorage.setItem('__clickAt', String(performance.timeOrigin + e.timeStamp));
          document.addEventListener('click', mark, true);
          document.addEventListener('keydown', e => { if (e.key === 'Enter') mark(e); }, true);
          window.addEventListener('load', () => requestAnimationFrame(() => setTimeout(() => { window.__readyAt = performance.timeOrigin + performance.now(); })));
        })();
        """;

    /// <summary>Marks the first frame after the page changed so that the condition holds.</summary>
    private const string WatchSwap = """
        condition => {
          const holds = new Function('return (' + condition + ');');
          const seen = new MutationObserver(() => {
            if (!holds()) return;
            seen.disconnect();
            requestAnimationFrame(() => setTimeout(() => { window.__swapAt = performance.timeOrigin + performance.now(); }));
          });
          seen.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        }
        """;

    private const string NavigationFigures = """
        () => {
          const at = Number(sessionStorage.getItem('__clickAt'));
          const n = performance.getEntriesByType('navigation')[0];
          return [window.__readyAt - at, performance.timeOrigin + n.responseEnd - at, n.redirectEnd > 0 ? performance.timeOrigin + n.redirectEnd - at : -1];
        }
        """;

    private const string SwapFigures = """
        () => {
          const at = Number(sessionStorage.getItem('__clickAt'));
          const r = performance.getEntriesByType('resource').filter(e => e.initiatorType === 'fetch' || e.initiatorType === 'xmlhttprequest');
          return [window.__swapAt - at, r.length ? performance.timeOrigin + r[r.length - 1].responseEnd - at : -1, -1];
        }
        """;

    private sealed record Data(
        Guid CommentGoal, Guid MeasureGoal, Guid EditGoal, string CommitmentOwner, Guid Commitment, bool CommitmentNumber, string CommitmentSentence,
        Guid HeldSession, Guid ActionItem, string ActionText, Guid NextSession, Guid Pair, Guid Programme, Guid[] Applicants);

    public static async Task<int> RunAsync(string[] args)
    {
        var repetitions = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 20;
        var verbose = args.Contains("--verbose");
        var loadAtStart = LoadAverage();
        var port = Option(args, "--port") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 0;
        var folder = Path.Combine(Path.GetTempPath(), "thrive-clicks-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = Option(args, "--db") ?? Path.Combine(folder, "thrive.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
        try
        {
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_THRIVE_WEB", Path.Combine(BoardBench.RepositoryRoot(), "src", "Thrive.Web"));
            await using var app = new BoardBench.App(database, Path.Combine(folder, "mail"), "Production");
            app.UseKestrel(port);
            app.StartServer();
            var baseUrl = app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
            var data = await DataAsync(app, Warmup + repetitions);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("THRIVE_CHROMIUM") ?? "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
            });
            var pages = new Dictionary<string, IPage>(StringComparer.Ordinal);
            foreach (var who in new[] { "mentee@thrive.test", "coordinator@thrive.test", data.CommitmentOwner }.Distinct())
                pages[who] = await SignedInAsync(browser, baseUrl, who);

            var rows = new List<(string Name, double[] Total, double[] Server, double[] Post, double[] Driven)>();
            // Every write warms up first, so none is measured while the server's code is still being compiled; then each is measured in turn.
            var writes = Writes(data).ToList();
            foreach (var measured in new[] { false, true })
            foreach (var write in writes)
            {
                var page = pages[write.Who];
                var total = new List<double>();
                var server = new List<double>();
                var driven = new List<double>();
                var post = new List<double>();
                for (var i = measured ? Warmup : 0; i < (measured ? Warmup + repetitions : Warmup); i++)
                {
                    await write.Prepare(page, i);
                    await page.EvaluateAsync("() => { window.__clicksOld = true; window.__swapAt = undefined; sessionStorage.removeItem('__clickAt'); performance.clearResourceTimings(); }");
                    if (write.Swap is { } condition) await page.EvaluateAsync(WatchSwap, condition);
                    var clock = Stopwatch.StartNew();
                    await write.Act(page, i);
                    if (write.Swap is null) await page.WaitForLoadStateAsync(LoadState.Load);
                    await write.Ready(page, i);
                    var asDriven = clock.Elapsed.TotalMilliseconds;
                    if (write.Swap is null && await page.EvaluateAsync<bool>("() => window.__clicksOld === true"))
                        throw new InvalidOperationException($"{write.Name}: the page did not navigate.");
                    // The browser's own clock: from the click (or Enter) event to the first frame after the load event, or after the swap.
                    await page.WaitForFunctionAsync(write.Swap is null ? "() => window.__readyAt !== undefined" : "() => window.__swapAt !== undefined");
                    var figures = await page.EvaluateAsync<double[]>(write.Swap is null ? NavigationFigures : SwapFigures);
                    if (i >= Warmup) { total.Add(figures[0]); server.Add(figures[1]); post.Add(figures[2]); driven.Add(asDriven); }
                    if (verbose && i == Warmup)
                        Console.Error.WriteLine(await page.EvaluateAsync<string>("() => JSON.stringify({ nav: performance.getEntriesByType('navigation').map(n => [n.redirectEnd, n.responseStart, n.responseEnd, n.domContentLoadedEventEnd, n.loadEventEnd].map(Math.round)), res: performance.getEntriesByType('resource').map(e => [e.name.replace(location.origin, ''), e.transferSize, Math.round(e.startTime), Math.round(e.duration)]) })"));
                    if (write.After is { } after) await after(page, i);
                }
                driven.Sort();
                if (!measured) continue;
                post.Sort();
                total.Sort();
                server.Sort();
                rows.Add((write.Name, total.ToArray(), server.ToArray(), post.ToArray(), driven.ToArray()));
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{write.Name}: median {P(total, 50):0} ms"));
            }

            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"{Environment.ProcessorCount} cores, load average (1, 5, 15 min) {loadAtStart} at the start and {LoadAverage()} at the end; {repetitions} repetitions of each write after {Warmup} warm-up; Chromium headless, SQLite, Release, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC"));
            Console.WriteLine("| write | median | p95 | max | under 300 ms | post answered (median) | page answered (median) | as driven by Playwright (median) |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var (name, total, server, post, driven) in rows)
            {
                var under = total[^1] < Budget ? "yes" : P(total, 95) < Budget ? "yes (max over)" : P(total, 50) < Budget ? "median only" : "no";
                Console.WriteLine(string.Create(inv, $"| {name} | {P(total, 50):0} ms | {P(total, 95):0} ms | {total[^1]:0} ms | {under} | {(P(post, 50) < 0 ? "-" : P(post, 50).ToString("0", inv) + " ms")} | {P(server, 50):0} ms | {P(driven, 50):0} ms |"));
            }
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static IEnumerable<Write> Writes(Data d)
    {
        const string Mentee = "mentee@thrive.test";
        static string Mark(string what, int i) => string.Create(CultureInfo.InvariantCulture, $"{what} {i} {Guid.NewGuid().ToString("N")[..8]}");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        string Text(string what, int i) => texts[what] = Mark(what, i);
        Task Visible(IPage page, string text) => Assertions.Expect(page.GetByText(texts[text], new() { Exact = false }).First).ToBeVisibleAsync();
        Task Flash(IPage page, string? text = null) => Assertions.Expect((text is null ? page.Locator("[role=status].alert") : page.Locator("[role=status].alert").Filter(new() { HasText = text })).First).ToBeVisibleAsync();
        string? moving = null;
        string? todo = null, doing = null;
        var pressed = "";

        yield return new Write("Comment on a goal", Mentee,
            async (page, i) => { await page.GotoAsync($"/Goals/{d.CommentGoal}"); await page.GetByLabel("Add a comment").FillAsync(Text("Bench comment", i)); },
            (page, _) => page.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync(),
            (page, _) => Visible(page, "Bench comment"));

        yield return new Write("Record a measure", Mentee,
            async (page, i) =>
            {
                await page.GotoAsync($"/Goals/{d.MeasureGoal}");
                var form = page.Locator("#measure form");
                await form.GetByLabel("Value").FillAsync((i % 9 + 1).ToString(CultureInfo.InvariantCulture));
                await form.GetByLabel("Note").FillAsync(Text("Bench measure", i));
            },
            (page, _) => page.Locator("#measure form").GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync(),
            async (page, _) =>
            {
                await Assertions.Expect(page.Locator("#measure-table").GetByText(texts["Bench measure"])).ToBeAttachedAsync();
                await Assertions.Expect(page.Locator("#measure canvas")).ToBeVisibleAsync();
            });

        yield return new Write("Check in on a commitment", d.CommitmentOwner,
            async (page, i) =>
            {
                await page.GotoAsync("/Commitments");
                var form = page.Locator($"form:has(button:has-text('Check in: {d.CommitmentSentence}'))");
                if (d.CommitmentNumber) await form.Locator("input[inputmode=decimal]").FillAsync("1");
                await form.Locator("input[type=text]").Last.FillAsync(Text("Bench check-in", i));
            },
            (page, _) => page.GetByRole(AriaRole.Button, new() { Name = $"Check in: {d.CommitmentSentence}" }).ClickAsync(),
            (page, _) => Flash(page),
            After: async (page, _) =>
            {
                // Not timed: undo today's check-in so the next repetition checks in for real again.
                await page.GotoAsync($"/Commitments/{d.Commitment}");
                await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Undo") }).First.ClickAsync();
                await page.WaitForLoadStateAsync(LoadState.Load);
            });

        yield return new Write("Tick an action item", Mentee,
            async (page, _) =>
            {
                await page.GotoAsync($"/Sessions/{d.HeldSession}");
                pressed = await page.Locator("#actions").GetByRole(AriaRole.Button, new() { Name = d.ActionText }).GetAttributeAsync("aria-pressed") ?? "";
            },
            (page, _) => page.Locator("#actions").GetByRole(AriaRole.Button, new() { Name = d.ActionText }).ClickAsync(),
            async (page, i) => await Assertions.Expect(page.Locator("#actions").GetByRole(AriaRole.Button, new() { Name = d.ActionText }))
                .ToHaveAttributeAsync("aria-pressed", pressed == "true" ? "false" : "true"));

        yield return new Write("Move a card (in place)", Mentee,
            async (page, i) =>
            {
                if (!page.Url.EndsWith("/Board", StringComparison.Ordinal)) await page.GotoAsync("/Board");
                if (i == 0)
                {
                    var lists = page.Locator("ol.board-cards");
                    todo = await lists.Nth(0).GetAttributeAsync("data-column-id");
                    doing = await lists.Nth(1).GetAttributeAsync("data-column-id");
                    moving = await page.Locator($"ol[data-column-id='{todo}'] li.board-card").First.GetAttributeAsync("data-task-id");
                }
                var title = await page.Locator($"li[data-task-id='{moving}'] a.card-title").InnerTextAsync();
                await page.GetByRole(AriaRole.Link, new() { Name = $"Move \"{title}\"" }).ClickAsync();
                await page.GetByLabel("To column").SelectOptionAsync(new SelectOptionValue { Index = i % 2 == 0 ? 1 : 0 });
                await page.EvaluateAsync("want => window.__benchWant = want", new { column = i % 2 == 0 ? doing : todo, task = moving });
            },
            (page, _) => page.Locator("#move-dialog").GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync(),
            async (page, i) =>
            {
                await Assertions.Expect(page.Locator($"ol[data-column-id='{(i % 2 == 0 ? doing : todo)}'] li[data-task-id='{moving}']")).ToBeVisibleAsync();
                await Assertions.Expect(page.Locator("#board-status")).ToContainTextAsync("moved");
            },
            Swap: "document.querySelector(`ol[data-column-id='${window.__benchWant.column}'] li[data-task-id='${window.__benchWant.task}']`) !== null && document.getElementById('board-status').textContent.includes('moved')",
            After: async (page, _) => await page.EvaluateAsync("() => document.getElementById('board-status').textContent = ''"));

        yield return new Write("Share an agenda", Mentee,
            async (page, i) => { await page.GotoAsync($"/Sessions/{d.NextSession}"); await page.GetByLabel("What you hope to achieve next week").FillAsync(Text("Bench agenda", i)); },
            (page, _) => page.GetByRole(AriaRole.Button, new() { Name = "Save and share" }).ClickAsync(),
            async (page, _) =>
            {
                await Flash(page);
                await Assertions.Expect(page.GetByLabel("What you hope to achieve next week")).ToHaveValueAsync(texts["Bench agenda"]);
            });

        yield return new Write("Give feedback", Mentee,
            async (page, i) =>
            {
                await page.GotoAsync($"/Pairs/{d.Pair}/Feedback");
                await page.GetByLabel("Situation", new() { Exact = true }).FillAsync(Text("Bench feedback", i));
                await page.GetByLabel("Impact", new() { Exact = true }).FillAsync("It kept the session on the goal.");
                await page.GetByLabel("Action", new() { Exact = true }).FillAsync("Keep sending the agenda a day ahead.");
            },
            (page, _) => page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync(),
            (page, _) => Visible(page, "Bench feedback"));

        yield return new Write("Accept an application", "coordinator@thrive.test",
            async (page, i) => await page.GotoAsync($"/Programmes/{d.Programme}/Applications/{d.Applicants[i]}"),
            (page, _) => page.GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).ClickAsync(),
            (page, _) => Flash(page, "accepted"));

        yield return new Write("Add a task (in place)", Mentee,
            async (page, i) =>
            {
                if (!page.Url.EndsWith("/Board", StringComparison.Ordinal)) await page.GotoAsync("/Board");
                await page.GetByLabel("New card in To do").FillAsync(Text("Bench task", i));
                await page.EvaluateAsync("want => window.__benchWant = want", new { title = texts["Bench task"] });
            },
            (page, _) => page.GetByLabel("New card in To do").PressAsync("Enter"),
            async (page, _) => await Assertions.Expect(page.Locator("ol.board-cards").First.GetByRole(AriaRole.Link, new() { Name = texts["Bench task"], Exact = true })).ToBeVisibleAsync(),
            Swap: "[...document.querySelector('ol.board-cards').querySelectorAll('a.card-title')].some(a => a.textContent.trim() === window.__benchWant.title)");

        yield return new Write("Save a goal", Mentee,
            async (page, i) =>
            {
                await page.GotoAsync($"/Goals/{d.EditGoal}/Edit");
                await page.GetByLabel("Description (Markdown)").FillAsync(Text("Bench goal description", i));
                // Not timed: let the SMART coach's live check (after 400 ms of quiet) answer before saving.
                await page.WaitForTimeoutAsync(700);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            },
            (page, _) => page.GetByRole(AriaRole.Button, new() { Name = "Save goal" }).ClickAsync(),
            (page, _) => Visible(page, "Bench goal description"));
    }

    private static async Task<IPage> SignedInAsync(IBrowser browser, string baseUrl, string email)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        await context.AddInitScriptAsync(Marks);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("Thrive-demo-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/Account/SignIn", StringComparison.Ordinal));
        return page;
    }

    /// <summary>What the writes act on, from the demo data: the demo mentee's goals, commitment, sessions and pair, and fresh applications for the coordinator.</summary>
    private static async Task<Data> DataAsync(WebApplicationFactory<Thrive.Web.Infrastructure.ThriveOptions> app, int applications)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ThriveDbContext>();
        var mentee = await db.Users.Where(u => u.Email == "mentee@thrive.test").Select(u => u.Id).SingleAsync();
        var pair = await db.Pairs.Where(p => p.MenteeId == mentee).OrderBy(p => p.Id).FirstAsync();
        var goals = await db.Goals.Where(g => g.OwnerId == mentee && g.Status == GoalStatus.Active).OrderBy(g => g.CreatedAt).ToListAsync();
        var feeding = await db.Commitments.Where(c => c.OwnerId == mentee && c.GoalId != null && c.Feed != GoalFeed.None).Select(c => c.GoalId).ToListAsync();
        var measured = goals.FirstOrDefault(g => g.Smart.HasMeasure && !feeding.Contains(g.Id)) ?? throw new InvalidOperationException("No goal of the demo mentee takes typed measures.");
        // The demo mentee keeps no commitments: the check-in is another demo mentee's.
        var commitment = await db.Commitments.Where(c => !c.Archived && c.Kind == CommitmentKind.YesNo).OrderBy(c => c.CreatedAt).FirstAsync();
        var committed = await db.Users.Where(u => u.Id == commitment.OwnerId).Select(u => u.Email!).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var held = await db.Sessions.Where(s => s.PairId == pair.Id && s.Status == SessionStatus.Held).OrderByDescending(s => s.StartUtc).ToListAsync();
        var heldIds = held.Select(s => s.Id).ToList();
        var item = await db.ActionItems.Where(a => a.SessionId != null && heldIds.Contains(a.SessionId.Value)).OrderBy(a => a.CreatedAt).FirstAsync();
        var next = (await db.Sessions.Where(s => s.PairId == pair.Id && s.Status == SessionStatus.Scheduled).ToListAsync()).Where(s => s.StartUtc > now).OrderBy(s => s.StartUtc).First();

        // Fresh applications waiting in the demo programme, one per accepted repetition (added here, not timed).
        var answers = new ApplicationAnswers(1, "C#, SQL", Focus.Technical, "Tuesdays after 15:00", "Utrecht, NL", "Europe/Amsterdam", "Cycling", "I want a mentor to help me structure my learning.", 0, "", "Team Bench", "");
        var applicants = new Guid[applications];
        for (var i = 0; i < applications; i++)
        {
            var email = string.Create(CultureInfo.InvariantCulture, $"bench.applicant{i}@thrive.test");
            var user = new ThriveUser
            {
                Id = Guid.NewGuid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = string.Create(CultureInfo.InvariantCulture, $"Bench Applicant {i}"), TimeZone = "Europe/Amsterdam",
                CreatedAt = now.AddDays(-3), SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString("N"),
            };
            db.Users.Add(user);
            var place = Participant.Apply(pair.ProgrammeId, user.Id, ParticipantRole.Mentee, answers, now.AddDays(-2)).Value!;
            db.Participants.Add(place);
            applicants[i] = place.Id;
        }
        await db.SaveChangesAsync();
        return new Data(goals[0].Id, measured.Id, goals[^1].Id, committed, commitment.Id, commitment.Kind == CommitmentKind.Number, commitment.Sentence(),
            item.SessionId!.Value, item.Id, item.Text, next.Id, pair.Id, pair.ProgrammeId, applicants);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static double P(IReadOnlyList<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
