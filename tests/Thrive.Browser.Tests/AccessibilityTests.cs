using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>Each page passes axe-core in Chromium with no serious or critical violations.</summary>
public sealed class AccessibilityTests : BrowserTest
{
    private static async Task<List<string>> AxeAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        if (response is { Status: >= 400 } && !url.StartsWith("/Status/", StringComparison.Ordinal))
            return [$"{url}: answered {response.Status}, so it was not audited"];
        var result = await page.RunAxe();
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{url}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
    }

    [Fact]
    public async Task Pages_have_no_serious_accessibility_violations()
    {
        var given = Given.In(App);
        var thrive = await given.ProgrammeAsync("Spring cohort");
        var members = await given.PairAsync(thrive, await given.MentorAsync(thrive, "Daan Jansen", "Europe/Amsterdam"),
            await given.MenteeAsync(thrive, "Lerato Mokoena", "Africa/Johannesburg"));
        var lerato = members.Mentee;
        var (programme, pair) = (thrive.Id, members.Id);
        var goal = (await given.GoalAsync(lerato, template: "intermediate-frontend", weekly: [5, 4.5m, 4, 3.5m])).Id;
        var swot = (await given.SwotAsync(lerato, revisions: 2)).Id;
        var board = await given.BoardAsync(lerato);
        var task = await given.TaskAsync(board, "Ask for feedback on my CV");
        await given.TaskAsync(board, "Migrate the design system to CSS variables", given.Now.AddDays(-9), started: given.Now.AddDays(-7));
        for (var i = 0; i < 12; i++) // finished cards, so that the flow page draws its charts
            await given.TaskAsync(board, $"Finished card {i}", given.Now.AddDays(-40 + 3 * i), given.Now.AddDays(-39 + 3 * i), given.Now.AddDays(-39 + 3 * i + 3 - (0.2 * i)));
        await given.CommitmentAsync(lerato, startedOn: given.Today.AddDays(-6), checkedIn: [given.Today.AddDays(-5), given.Today.AddDays(-3)]);
        var held = await given.HeldSessionAsync(members, daysAgo: 7, notes: "Agreed one small portfolio task per week.");
        await given.ActionItemAsync(members, lerato, "Pick three projects for the portfolio", given.Today.AddDays(3), held);
        var session = await given.SessionAsync(members, given.Now.AddDays(2));
        await given.FeedbackAsync(members, members.Mentor); // feedback to the mentee, so that the reply form is audited too
        var application = (await given.MenteeAsync(thrive, "Ayesha Khan", status: Thrive.Domain.Intake.ApplicationStatus.Applied)).Place!.Value;
        var admin = await given.AdminAsync();
        var problems = new List<string>();

        var menteeId = lerato.Id;
        string unsubscribe;
        using (var scope = App.Services.CreateScope())
            unsubscribe = new Uri(scope.ServiceProvider.GetRequiredService<Thrive.Web.Features.Reminders.UnsubscribeLinks>().Url(menteeId, Thrive.Domain.Reminders.ReminderKind.WeeklyDigest)).PathAndQuery;
        var guest = await NewPageAsync();
        foreach (var url in new[] { "/Account/SignIn", "/Account/ForgotPassword", "/Account/Invitation?token=nope", "/Account/ResetPassword?email=a%40b.co&token=t", "/Status/404", "/Status/403", unsubscribe })
            problems.AddRange(await AxeAsync(guest, url));

        var mentee = await NewPageAsync();
        await SignInAsync(mentee, lerato.Email);
        foreach (var url in new[] { "/", "/Account/Profile", "/Account/Notifications", "/Account/Data", "/Account/SignOut", $"/Programmes/{programme}", $"/Programmes/{programme}/Apply", $"/Pairs/{pair}",
                     "/Goals", "/Goals/New", "/Goals/Library", $"/Goals/{goal}", $"/Goals/{goal}/Edit", $"/Goals/{goal}/Grow", "/Swot", $"/Swot/{swot}/Compare?a=1&b=2",
                     "/Board", $"/Board/{board.Id}/Flow", $"/Tasks/{task}", "/Commitments",
                     $"/Pairs/{pair}/Charter", $"/Pairs/{pair}/Plan", $"/Pairs/{pair}/Sessions", $"/Sessions/{session.Id}",
                     $"/Pairs/{pair}/Feedback", $"/Pairs/{pair}/Check", $"/Pairs/{pair}/Close", $"/Pairs/{pair}/Journey", "/Account/Calendar" })
            problems.AddRange(await AxeAsync(mentee, url));
        // The calendar page once a URL has been made shows it with a copy button.
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Make my calendar URL" }).ClickAsync();
        await mentee.GetByRole(AriaRole.Textbox, new() { Name = "Calendar URL" }).WaitForAsync();
        problems.AddRange((await mentee.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"/Account/Calendar (with URL): {v.Id} {v.Help}"));

        var coordinator = await NewPageAsync();
        await SignInAsync(coordinator, thrive.Coordinator.Email);
        await given.MenteeAsync(thrive, "Nandi Zulu"); // accepted, waiting: the matching page shows a proposal to audit
        foreach (var url in new[] { "/", $"/Programmes/{programme}", $"/Programmes/{programme}/Edit", $"/Programmes/{programme}/Invite", $"/Programmes/{programme}/Applications",
                     $"/Programmes/{programme}/Applications/{application}", $"/Programmes/{programme}/Import", $"/Programmes/{programme}/Pairs/New", $"/Programmes/{programme}/Matching", $"/Pairs/{pair}" })
            problems.AddRange(await AxeAsync(coordinator, url));

        var adminPage = await NewPageAsync();
        await SignInAsync(adminPage, admin.Email);
        foreach (var url in new[] { "/", "/Admin/Programmes/New", "/Admin/Mail", "/Admin/Users", "/Admin/Audit" })
            problems.AddRange(await AxeAsync(adminPage, url));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
