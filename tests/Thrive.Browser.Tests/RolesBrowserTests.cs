using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>
/// The careers story in Chromium: the mentee logs a conversation with a product manager, with two questions from the
/// bank, and sees the role rise to the top of her roles map while the roles she has not explored stay dashed.
/// </summary>
public sealed class RolesBrowserTests : BrowserTest
{
    [Fact]
    public async Task A_logged_conversation_puts_its_role_on_the_roles_map()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Kabelo Molefe", "Africa/Johannesburg"));

        var page = await NewPageAsync();
        await SignInAsync(page, pair.Mentee.Email);
        await OpenToolAsync(page, "Role exploration");
        await page.WaitForURLAsync("**/Roles");
        await Assertions.Expect(page.GetByText(new Regex("^No conversations yet"))).ToBeVisibleAsync();

        await page.GetByLabel("Who you talked to").FillAsync("Lerato Mokoena");
        await page.GetByLabel("Their role").FillAsync("Product manager");
        await page.GetByText("Questions you asked (from your question bank)").ClickAsync();
        await page.GetByLabel("What does a typical week look like for you?").CheckAsync();
        await page.GetByLabel("How did you get into this role?").CheckAsync();
        await page.GetByLabel("What they do day to day").FillAsync("Customer calls in the morning, specs in the afternoon.");
        await page.GetByLabel("What I liked").FillAsync("Seeing the why behind a feature.");
        await page.GetByLabel("What I disliked").FillAsync("Meetings all day.");
        await page.GetByLabel(new Regex("^4 quite likely$")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log conversation" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Conversation logged. It is on your roles map.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Lerato Mokoena", new() { Exact = true })).ToBeVisibleAsync();
        // On the map: the product manager dot at 4 of 5, the top role; the others not explored yet.
        var map = page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("Interest and conversations per role") });
        await Assertions.Expect(map.Locator("circle.dot.top")).ToHaveCountAsync(1);
        await Assertions.Expect(map.Locator("circle.dot.none")).ToHaveCountAsync(9);
        await Assertions.Expect(map.Locator("g title").First).ToHaveTextAsync("Product manager: 1 conversation, 4 of 5");
        await Assertions.Expect(page.GetByText(new Regex("^Rising to the top: Product manager, 4 of 5"))).ToBeVisibleAsync();
        await page.GetByText("As a table").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("^Product manager 1 4") })).ToBeVisibleAsync();
    }
}
