using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>Mentee choice from end to end: request two mentors from the directory, a decline with a reason, an accept from the home page.</summary>
public sealed class MentorRequestBrowserTests : BrowserTest
{
    [Fact]
    public async Task A_mentee_requests_two_mentors_the_first_declines_the_second_accepts_from_home_and_the_coordinator_sees_the_pair()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync("Winter cohort", week: 1);
        await given.MenteesChooseAsync(programme);
        var first = await given.MentorAsync(programme, "Farah First");
        var second = await given.MentorAsync(programme, "Sipho Second");
        var mentee = await given.MenteeAsync(programme, "Ayesha Khan");

        var page = await NewPageAsync();
        await SignInAsync(page, mentee.Email);
        await page.GotoAsync($"/Programmes/{programme.Id}/Mentors");
        await page.GetByRole(AriaRole.Link, new() { Name = "Request Farah First" }).ClickAsync();
        await page.GetByLabel("A short note (optional)").FillAsync("I would like help with system design.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await page.GotoAsync($"/Programmes/{programme.Id}/Mentors");
        await page.GetByRole(AriaRole.Link, new() { Name = "Request Sipho Second" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your mentor requests" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("with Farah First since")).ToBeVisibleAsync();
        await SignOutAsync(page);

        await SignInAsync(page, first.Email);
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByText("1 mentee asked you to mentor them")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Answer the request" }).ClickAsync();
        await page.GetByLabel("Reason, if you decline (they will read it)").FillAsync("My places are taken this cohort.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Decline Ayesha Khan" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Declined. Thank you for the reason")).ToBeVisibleAsync();
        await SignOutAsync(page);

        await SignInAsync(page, second.Email);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Answer the request" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept Ayesha Khan" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Accepted. The pair is proposed")).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByText("mentee asked you to mentor them")).ToHaveCountAsync(0);
        await SignOutAsync(page);

        await SignInAsync(page, programme.Coordinator.Email);
        await page.GotoAsync($"/Programmes/{programme.Id}");
        var pairs = page.Locator("table[aria-labelledby=pairs-title]");
        await Assertions.Expect(pairs.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ayesha Khan" })).ToContainTextAsync("Proposed");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mentor requests", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("My places are taken this cohort.")).ToBeVisibleAsync();
    }
}
