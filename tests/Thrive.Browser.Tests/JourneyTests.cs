using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

public sealed class JourneyTests : BrowserTest
{
    private async Task AcceptInvitationAsync(IPage page, string email, string name)
    {
        await page.GotoAsync(await App.LastLinkToAsync(email));
        await page.GetByLabel("Your name").FillAsync(name);
        await page.GetByLabel("Time zone").SelectOptionAsync("Europe/Amsterdam");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Journey-pass-1");
        await page.GetByLabel("Password again").FillAsync("Journey-pass-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Welcome, {name}" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Fill in your application" }).First.ClickAsync();
    }

    private static async Task ApplyAsync(IPage page, string stack, bool mentor)
    {
        await page.GetByLabel("Years in the field").FillAsync(mentor ? "12" : "1");
        await page.GetByLabel("Tech stack").FillAsync(stack);
        await page.GetByLabel("Technical").CheckAsync();
        await page.GetByLabel("Availability").FillAsync("Wednesdays 17:00");
        if (mentor) await page.GetByLabel("How many mentees at once?").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your application is with the coordinator").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Coordinator_invites_pairs_and_both_people_see_their_pair()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync("Project Thrive · Spring cohort");
        await given.PairAsync(programme);
        var pairsBefore = await App.WithDbAsync(db => db.Pairs.CountAsync());
        var coordinator = await NewPageAsync();
        await SignInAsync(coordinator, programme.Coordinator.Email);
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Project Thrive · Spring cohort" }).First.ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Invite people" }).ClickAsync();
        foreach (var (email, role) in new[] { ("journey.mentor@example.com", "Mentor"), ("journey.mentee@example.com", "Mentee") })
        {
            await coordinator.GetByLabel("Email").FillAsync(email);
            await coordinator.GetByLabel("Role").SelectOptionAsync(role);
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"Invitation sent to {email}");
        }

        var mentor = await NewPageAsync();
        await AcceptInvitationAsync(mentor, "journey.mentor@example.com", "Jo Mentor");
        await ApplyAsync(mentor, "Kotlin, Android", mentor: true);
        var mentee = await NewPageAsync();
        await AcceptInvitationAsync(mentee, "journey.mentee@example.com", "Sam Mentee");
        await ApplyAsync(mentee, "Kotlin", mentor: false);

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Programme" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Applications" }).ClickAsync();
        foreach (var name in new[] { "Jo Mentor", "Sam Mentee" })
        {
            await coordinator.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
            await coordinator.GetByLabel("Coordinator call notes").FillAsync($"Call with {name}: keen and clear about goals.");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save notes" }).ClickAsync();
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Application accepted");
            await coordinator.GetByRole(AriaRole.Link, new() { Name = "Applications" }).ClickAsync();
        }

        await coordinator.GotoAsync("/");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Project Thrive · Spring cohort" }).First.ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Pair a mentee" }).First.ClickAsync();
        var menteeOption = await coordinator.Locator("#Input_MenteeId option", new() { HasTextString = "Sam Mentee" }).GetAttributeAsync("value");
        await coordinator.GetByLabel("Mentee", new() { Exact = true }).SelectOptionAsync(menteeOption!);
        var mentorOption = await coordinator.Locator("#Input_MentorId option", new() { HasTextString = "Jo Mentor" }).GetAttributeAsync("value");
        await coordinator.GetByLabel("Mentor", new() { Exact = true }).SelectOptionAsync(mentorOption!);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Create pair" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Sam Mentee & Jo Mentor" })).ToBeVisibleAsync();

        await mentee.GotoAsync("/");
        await Assertions.Expect(mentee.GetByRole(AriaRole.Link, new() { Name = "Mentor: Jo Mentor" })).ToBeVisibleAsync();
        await mentor.GotoAsync("/");
        await Assertions.Expect(mentor.GetByRole(AriaRole.Link, new() { Name = "Mentee: Sam Mentee" })).ToBeVisibleAsync();

        var pairs = await App.WithDbAsync(db => db.Pairs.CountAsync());
        Assert.Equal(pairsBefore + 1, pairs);
    }

    [Fact]
    public async Task Signing_in_with_a_wrong_password_shows_a_message_where_the_user_is()
    {
        var person = await Given.In(App).PersonAsync();
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email").FillAsync(person.Email);
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("do not match an account");
    }
}
