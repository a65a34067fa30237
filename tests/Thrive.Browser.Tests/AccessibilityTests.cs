using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

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
        var programme = await App.WithDbAsync(db => db.Programmes.Select(p => p.Id).FirstAsync());
        var pair = await App.WithDbAsync(db => db.Pairs.Where(p => p.MenteeId == db.Users.Single(u => u.Email == "mentee@thrive.test").Id).Select(p => p.Id).FirstAsync());
        var goal = await App.WithDbAsync(db => db.Goals.Where(g => g.OwnerId == db.Users.Single(u => u.Email == "mentee@thrive.test").Id).Select(g => g.Id).FirstAsync());
        var swot = await App.WithDbAsync(db => db.SwotAnalyses.Where(a => a.OwnerId == db.Users.Single(u => u.Email == "mentee@thrive.test").Id).Select(a => a.Id).FirstAsync());
        var board = await App.WithDbAsync(db => db.Boards.Where(b => b.OwnerId == db.Users.Single(u => u.Email == "mentee@thrive.test").Id).Select(b => b.Id).FirstAsync());
        var task = await App.WithDbAsync(db => db.Tasks.Where(t => t.BoardId == board).Select(t => t.Id).FirstAsync());
        var session = Thrive.Domain.Sessions.MentoringSession.Plan(pair, DateTimeOffset.UtcNow.AddDays(2), DateTimeOffset.UtcNow.AddDays(2).AddHours(1));
        await App.WithDbAsync(async db => { db.Sessions.Add(session); return await db.SaveChangesAsync(); });
        await App.WithDbAsync(async db => // feedback to the mentee, so that the reply form is audited too
        {
            var p = await db.Pairs.SingleAsync(x => x.Id == pair);
            db.Feedback.Add(Thrive.Domain.Relationship.Feedback.Give(pair, p.MentorId, p.MenteeId, Thrive.Domain.Relationship.FeedbackKind.Praise, "Your demo", "It landed", "Keep it up", DateTimeOffset.UtcNow).Value!);
            return await db.SaveChangesAsync();
        });
        var application = await App.WithDbAsync(db => db.Participants.Where(p => p.Status == Thrive.Domain.Intake.ApplicationStatus.Applied).Select(p => p.Id).FirstAsync());
        var problems = new List<string>();

        var menteeId = await App.UserIdAsync("mentee@thrive.test");
        string unsubscribe;
        using (var scope = App.Services.CreateScope())
            unsubscribe = new Uri(scope.ServiceProvider.GetRequiredService<Thrive.Web.Features.Reminders.UnsubscribeLinks>().Url(menteeId, Thrive.Domain.Reminders.ReminderKind.WeeklyDigest)).PathAndQuery;
        var guest = await NewPageAsync();
        foreach (var url in new[] { "/Account/SignIn", "/Account/ForgotPassword", "/Account/Invitation?token=nope", "/Account/ResetPassword?email=a%40b.co&token=t", "/Status/404", "/Status/403", unsubscribe })
            problems.AddRange(await AxeAsync(guest, url));

        var mentee = await NewPageAsync();
        await SignInAsync(mentee, "mentee@thrive.test");
        foreach (var url in new[] { "/", "/Account/Profile", "/Account/Notifications", "/Account/Data", "/Account/SignOut", $"/Programmes/{programme}", $"/Programmes/{programme}/Apply", $"/Pairs/{pair}",
                     "/Goals", "/Goals/New", "/Goals/Library", $"/Goals/{goal}", $"/Goals/{goal}/Edit", $"/Goals/{goal}/Grow", "/Swot", $"/Swot/{swot}/Compare?a=1&b=2",
                     "/Board", $"/Board/{board}/Flow", $"/Tasks/{task}", "/Commitments",
                     $"/Pairs/{pair}/Charter", $"/Pairs/{pair}/Plan", $"/Pairs/{pair}/Sessions", $"/Sessions/{session.Id}",
                     $"/Pairs/{pair}/Feedback", $"/Pairs/{pair}/Check", $"/Pairs/{pair}/Close", $"/Pairs/{pair}/Journey", "/Account/Calendar" })
            problems.AddRange(await AxeAsync(mentee, url));
        // The calendar page once a URL has been made shows it with a copy button.
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Make my calendar URL" }).ClickAsync();
        await mentee.GetByRole(AriaRole.Textbox, new() { Name = "Calendar URL" }).WaitForAsync();
        problems.AddRange((await mentee.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"/Account/Calendar (with URL): {v.Id} {v.Help}"));

        var coordinator = await NewPageAsync();
        await SignInAsync(coordinator, "coordinator@thrive.test");
        foreach (var url in new[] { "/", $"/Programmes/{programme}", $"/Programmes/{programme}/Edit", $"/Programmes/{programme}/Invite", $"/Programmes/{programme}/Applications",
                     $"/Programmes/{programme}/Applications/{application}", $"/Programmes/{programme}/Import", $"/Programmes/{programme}/Pairs/New", $"/Pairs/{pair}" })
            problems.AddRange(await AxeAsync(coordinator, url));

        var admin = await NewPageAsync();
        await SignInAsync(admin, "admin@thrive.test");
        foreach (var url in new[] { "/", "/Admin/Programmes/New", "/Admin/Mail", "/Admin/Users", "/Admin/Audit" })
            problems.AddRange(await AxeAsync(admin, url));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
