using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Thrive.Browser.Tests;

public sealed class FirstRunTests : BrowserTest
{
    protected override bool Seed => false;

    [Fact]
    public async Task A_new_installation_creates_its_admin_then_its_first_programme()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome to Thrive" })).ToBeVisibleAsync();
        var axe = await page.RunAxe();
        Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");

        await page.GetByLabel("Your name").FillAsync("Ada Admin");
        await page.GetByLabel("Email").FillAsync("ada@example.com");
        await page.GetByLabel("Time zone").SelectOptionAsync("Europe/Amsterdam");
        await page.GetByLabel("Password").FillAsync("Strong-pass-42");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create admin account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New programme" })).ToBeVisibleAsync();

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Autumn cohort");
        await page.GetByLabel("Start date").FillAsync("2027-03-01");
        await page.GetByLabel("Coordinators' emails").FillAsync("coord@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create programme" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Autumn cohort" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Starts 1 Mar 2027 · 12 weeks")).ToBeVisibleAsync();
    }
}
