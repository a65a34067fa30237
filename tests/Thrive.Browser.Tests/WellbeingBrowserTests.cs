using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>
/// The stress story in Chromium: the mentee checks in for the week, shares that check-in and keeps a win private; her
/// mentor then sees the shared check-in and nothing else, and it disappears from his page once she withdraws it.
/// </summary>
public sealed class WellbeingBrowserTests : BrowserTest
{
    [Fact]
    public async Task A_shared_check_in_is_the_only_entry_the_mentor_sees()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Johan Botha", "Africa/Johannesburg"));

        var page = await NewPageAsync();
        await SignInAsync(page, pair.Mentee.Email);
        await OpenToolAsync(page, "Wellbeing");
        await page.WaitForURLAsync("**/Wellbeing");
        await Assertions.Expect(page.GetByText("Your trend starts with your first check-in.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Radio, new() { Name = "4 (stress)", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "2 (energy)", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "2 (sleep)", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "1 (none)", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "5 (crushing)", Exact = true }).CheckAsync();
        await page.GetByLabel("A note (optional", new() { Exact = false }).FillAsync("Release week, and on call.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Checked in. Thank you for taking the two minutes.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Update this week's check-in" })).ToBeVisibleAsync();

        await page.GetByLabel("A win", new() { Exact = true }).FillAsync("Explained the Observer pattern at the whiteboard");
        await page.GetByLabel("The doubt it answers (optional)").FillAsync("Everyone else already knows this.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Write it down" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Win written down.", new() { Exact = false })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Share with mentor ?: the check-in of the week of") }).ClickAsync();
        await Assertions.Expect(page.GetByText("Shared with your mentor.")).ToBeVisibleAsync();

        var mentor = await NewPageAsync();
        await SignInAsync(mentor, pair.Mentor.Email);
        await mentor.GotoAsync($"/Pairs/{pair.Id}");
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Wellbeing of Johan Botha" }).ClickAsync();
        await Assertions.Expect(mentor.GetByRole(AriaRole.Heading, new() { Name = "Johan Botha's wellbeing" })).ToBeVisibleAsync();
        await Assertions.Expect(mentor.GetByRole(AriaRole.Cell, new() { Name = "Release week, and on call." })).ToBeVisibleAsync();
        await Assertions.Expect(mentor.GetByText("No wins shared with you.")).ToBeVisibleAsync();
        await Assertions.Expect(mentor.GetByText("Observer pattern")).ToHaveCountAsync(0);
        await Assertions.Expect(mentor.GetByText("does not share their trend with you")).ToBeVisibleAsync();
        await Assertions.Expect(mentor.GetByRole(AriaRole.Button, new() { Name = "Check in" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Stop sharing ?: the check-in") }).ClickAsync();
        await Assertions.Expect(page.GetByText("No longer shared", new() { Exact = false })).ToBeVisibleAsync();
        await mentor.ReloadAsync();
        await Assertions.Expect(mentor.GetByText("No check-ins shared with you.")).ToBeVisibleAsync();
        await Assertions.Expect(mentor.GetByText("Release week, and on call.")).ToHaveCountAsync(0);
    }
}
