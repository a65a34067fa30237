using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>
/// The front-end story's evidence in Chromium: the mentee adds a blog post tied to her goal, adds her CV and asks her
/// mentor to review it; the mentor finds it in his review list and comments; she reads the comment, makes a secret
/// link to her portfolio, and a signed-out browser opens it.
/// </summary>
public sealed class EvidenceBrowserTests : BrowserTest
{
    [Fact]
    public async Task Evidence_a_review_with_comments_and_the_shared_portfolio_opened_signed_out()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Lerato Mokoena"));
        await given.GoalAsync(pair.Mentee, "Publish three front-end blog posts");

        var page = await NewPageAsync();
        await SignInAsync(page, pair.Mentee.Email);
        await OpenToolAsync(page, "Evidence and portfolio");
        await page.WaitForURLAsync("**/Evidence");
        await page.GetByLabel("What it is").SelectOptionAsync("Post");
        await page.GetByLabel("Title").FillAsync("Why our modals lost focus");
        await page.GetByLabel("Link (optional)").FillAsync("https://dev.to/lerato/why-our-modals-lost-focus");
        await page.GetByLabel("Skills it shows (comma-separated)").FillAsync("accessibility, React");
        await page.GetByLabel("Publish three front-end blog posts").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add evidence" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Evidence added.", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Why our modals lost focus", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "CV, LinkedIn and portfolio site" }).ClickAsync();
        await page.GetByLabel("Of your").SelectOptionAsync("Cv");
        await page.GetByLabel("Link", new() { Exact = true }).FillAsync("https://lerato.dev/cv.pdf");
        await page.GetByLabel("Ask my mentor to review it").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add version" }).ClickAsync();
        await Assertions.Expect(page.GetByText("waiting for review")).ToBeVisibleAsync();

        var mentor = await NewPageAsync();
        await SignInAsync(mentor, pair.Mentor.Email);
        await mentor.GotoAsync("/Evidence/Reviews");
        await mentor.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Review Lerato") }).ClickAsync();
        await mentor.GetByLabel(new Regex("^Your comments")).FillAsync("Lead with the projects.");
        await mentor.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Post comment") }).ClickAsync();
        await mentor.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Mark reviewed") }).ClickAsync();
        await Assertions.Expect(mentor.GetByText(new Regex("^reviewed "))).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByText("Lead with the projects.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Portfolio page" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a secret link" }).ClickAsync();
        var link = await page.GetByLabel(new Regex("^Your secret link")).InputValueAsync();

        // A fresh browser context: nobody signed in.
        var stranger = await NewPageAsync();
        await stranger.GotoAsync(new Uri(link).PathAndQuery);
        await Assertions.Expect(stranger.GetByRole(AriaRole.Heading, new() { Name = "Lerato Mokoena", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(stranger.GetByRole(AriaRole.Link, new() { Name = "Why our modals lost focus", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(stranger.GetByText("Lead with the projects.")).ToHaveCountAsync(0);
        await Assertions.Expect(stranger.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
    }
}
