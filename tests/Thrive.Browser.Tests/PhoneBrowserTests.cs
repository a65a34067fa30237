using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>
/// The main pages of each role at a phone's width (390 x 844): nothing widens the page beyond the screen (wide
/// tables and the board scroll inside themselves), and the SMART coach stays in sight while a goal is typed.
/// </summary>
public sealed class PhoneBrowserTests : BrowserTest
{
    private const int Width = 390;

    /// <summary>What sticks out of the screen: the page's own width, and the widest elements that are not inside a scrolling box.</summary>
    private static async Task<string?> OverflowAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        if (response is { Status: >= 400 }) return $"{url}: answered {response.Status}";
        var found = await page.EvaluateAsync<string>(@"() => {
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width + 1) return '';
            const scrolls = el => { for (let p = el.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
            const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1 && !scrolls(e))
                .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
            return 'page is ' + document.documentElement.scrollWidth + 'px wide: ' + wide.join(', ');
        }");
        return found.Length == 0 ? null : $"{url}: {found}";
    }

    [Fact]
    public async Task Main_pages_of_each_role_fit_a_phone_screen()
    {
        var given = Given.In(App);
        var thrive = await given.ProgrammeAsync("Spring cohort");
        var members = await given.PairAsync(thrive, await given.MentorAsync(thrive, "Daan Jansen", "Europe/Amsterdam"),
            await given.MenteeAsync(thrive, "Lerato Mokoena", "Africa/Johannesburg"));
        var (programme, pair, lerato) = (thrive.Id, members.Id, members.Mentee);
        var goal = (await given.GoalAsync(lerato, template: "intermediate-frontend", weekly: [5, 4.5m, 4, 3.5m])).Id;
        await given.SwotAsync(lerato, revisions: 2);
        var board = await given.BoardAsync(lerato);
        var task = await given.TaskAsync(board, "Migrate the design system to CSS variables and document every token", given.Now.AddDays(-9), started: given.Now.AddDays(-7));
        for (var i = 0; i < 8; i++)
            await given.TaskAsync(board, $"Finished card {i}", given.Now.AddDays(-30 + 3 * i), given.Now.AddDays(-29 + 3 * i), given.Now.AddDays(-27 + 3 * i));
        await given.CommitmentAsync(lerato, startedOn: given.Today.AddDays(-6), checkedIn: [given.Today.AddDays(-5)]);
        var held = await given.HeldSessionAsync(members, daysAgo: 7, notes: "Agreed one small portfolio task per week.");
        await given.ActionItemAsync(members, lerato, "Pick three projects for the portfolio", given.Today.AddDays(3), held);
        var session = await given.SessionAsync(members, given.Now.AddDays(2));
        await given.MenteeAsync(thrive, "Ayesha Khan", status: Thrive.Domain.Intake.ApplicationStatus.Applied);
        var admin = await given.AdminAsync();
        var problems = new List<string?>();

        var mentee = await NewPageAsync(Width, 844);
        await SignInAsync(mentee, lerato.Email);
        foreach (var url in new[] { "/", "/Goals", "/Goals/New", $"/Goals/{goal}", $"/Goals/{goal}/Grow", "/Swot", "/Board", $"/Board/{board.Id}/Flow", $"/Tasks/{task}",
                     "/Commitments", $"/Pairs/{pair}", $"/Pairs/{pair}/Sessions", $"/Sessions/{session.Id}", "/Practice", "/Exam", "/Roles", "/Evidence", "/Wellbeing", "/Account/Profile" })
            problems.Add(await OverflowAsync(mentee, url));

        // The board scrolls by column inside itself, one column to a screen.
        await mentee.GotoAsync("/Board");
        var columnWidth = await mentee.Locator(".board-column").First.EvaluateAsync<double>("e => e.getBoundingClientRect().width");
        Assert.InRange(columnWidth, 200, Width);

        // Typing a goal at the top of the form, the coach's verdict is on screen, not below the Save button.
        await mentee.GotoAsync("/Goals/New");
        await mentee.GetByLabel("Goal", new() { Exact = true }).FillAsync("Get better at React");
        var coach = mentee.GetByRole(AriaRole.Heading, new() { Name = "SMART coach" });
        await coach.WaitForAsync();
        Assert.True(await coach.IsVisibleAsync());
        var box = await coach.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box.Y, 0, 844 - box.Height);

        var mentor = await NewPageAsync(Width, 844);
        await SignInAsync(mentor, members.Mentor.Email);
        foreach (var url in new[] { "/", $"/Pairs/{pair}", $"/Sessions/{session.Id}", $"/Sessions/{held.Id}", "/Goals" })
            problems.Add(await OverflowAsync(mentor, url));

        var coordinator = await NewPageAsync(Width, 844);
        await SignInAsync(coordinator, thrive.Coordinator.Email);
        await given.MenteeAsync(thrive, "Nandi Zulu"); // accepted, waiting: the matching page proposes Daan for her
        foreach (var url in new[] { "/", $"/Programmes/{programme}", $"/Programmes/{programme}/Applications", $"/Programmes/{programme}/Pairs/New", $"/Programmes/{programme}/Matching", $"/Pairs/{pair}" })
            problems.Add(await OverflowAsync(coordinator, url));

        var adminPage = await NewPageAsync(Width, 844);
        await SignInAsync(adminPage, admin.Email);
        foreach (var url in new[] { "/", "/Admin/Users", "/Admin/Audit", "/Admin/Mail" })
            problems.Add(await OverflowAsync(adminPage, url));

        var found = problems.OfType<string>().ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
