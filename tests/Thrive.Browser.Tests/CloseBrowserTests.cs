using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

public sealed class CloseBrowserTests : BrowserTest
{
    [Fact]
    public async Task Feedback_sent_by_form_reaches_the_partner_and_the_journey_prints_without_the_navigation()
    {
        var given = Given.In(App);
        var members = await given.PairAsync(await given.ProgrammeAsync());
        var pair = members.Id;
        var mentee = await NewPageAsync();
        await SignInAsync(mentee, members.Mentee.Email);
        await mentee.GotoAsync($"/Pairs/{pair}");
        await mentee.GetByRole(AriaRole.Link, new() { Name = "Feedback", Exact = true }).ClickAsync();
        await mentee.GetByLabel("Situation").FillAsync("Our call on Tuesday about my CV");
        await mentee.GetByLabel("Impact").FillAsync("I finally know what to cut");
        await mentee.GetByLabel("Action").FillAsync("Keep asking me why before giving answers");
        await mentee.GetByLabel("Praise: keep doing this").CheckAsync();
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Assertions.Expect(mentee.GetByText("Feedback sent.")).ToBeVisibleAsync();

        var mentor = await NewPageAsync();
        await SignInAsync(mentor, members.Mentor.Email);
        await mentor.GotoAsync($"/Pairs/{pair}/Feedback");
        await mentor.GetByLabel("Reply once: what it brought up for you, and what you will do").FillAsync("Glad it helped");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await Assertions.Expect(mentor.GetByText("Reply sent.")).ToBeVisibleAsync();

        await mentee.AddInitScriptAsync("window.print = () => { document.body.dataset.printed = 'yes'; };");
        await mentee.GotoAsync($"/Pairs/{pair}/Journey");
        await Assertions.Expect(mentee.GetByText("Glad it helped")).ToBeVisibleAsync();
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Print" }).ClickAsync();
        await Assertions.Expect(mentee.Locator("body")).ToHaveAttributeAsync("data-printed", "yes");
        await mentee.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(mentee.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToBeHiddenAsync();
        await Assertions.Expect(mentee.GetByRole(AriaRole.Button, new() { Name = "Print" })).ToBeHiddenAsync();
        await Assertions.Expect(mentee.GetByRole(AriaRole.Heading, new() { Name = "Feedback", Exact = true })).ToBeVisibleAsync();
    }
}
