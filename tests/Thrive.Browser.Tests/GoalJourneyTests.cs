using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

public sealed class GoalJourneyTests : BrowserTest
{
    [Fact]
    public async Task Mentee_sets_a_smart_goal_from_a_template_and_the_mentor_confirms_it()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, await given.MentorAsync(programme, "Ruben Visser"), await given.MenteeAsync(programme, "Thandi Khumalo"));
        var mentee = await NewPageAsync();
        await SignInAsync(mentee, pair.Mentee.Email);

        // Fill in the SWOT.
        await mentee.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "SWOT", Exact = true }).ClickAsync();
        var strengths = mentee.GetByRole(AriaRole.Textbox, new() { Name = "One per line" }).First;
        await strengths.FillAsync("Persistent when stuck\nJava fundamentals\nExplaining ideas on a whiteboard");
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Save SWOT" }).ClickAsync();
        await Assertions.Expect(mentee.GetByRole(AriaRole.Status)).ToContainTextAsync("SWOT saved");

        // Start from an example goal.
        await mentee.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Goals", Exact = true }).ClickAsync();
        await mentee.GetByRole(AriaRole.Link, new() { Name = "Example goals", Exact = true }).ClickAsync();
        await mentee.GetByRole(AriaRole.Link, new() { Name = "Use this template: Pass the AWS Cloud Practitioner exam" }).ClickAsync();
        var specific = mentee.Locator("[data-criterion=Specific] .badge");
        await Assertions.Expect(specific).ToHaveTextAsync("met");

        // Blur the wording and watch the coach react, then fix it.
        await mentee.GetByLabel("Goal", new() { Exact = true }).FillAsync("Get better at cloud stuff");
        await mentee.GetByLabel("The outcome someone could see").FillAsync("");
        await mentee.GetByLabel("Done when").FillAsync("");
        await mentee.GetByLabel("Description (Markdown)").FillAsync("");
        await Assertions.Expect(specific).Not.ToHaveTextAsync("met");
        await mentee.GetByLabel("Goal", new() { Exact = true }).FillAsync("Pass the AWS Cloud Practitioner exam so that I can join the platform team");
        await mentee.GetByLabel("Done when").FillAsync("Exam passed");
        await Assertions.Expect(specific).ToHaveTextAsync("met");
        await Assertions.Expect(mentee.Locator("[data-criterion=Measurable] .badge")).ToHaveTextAsync("met");
        await mentee.GetByLabel("Start working on it now").CheckAsync();
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Save goal" }).ClickAsync();
        await Assertions.Expect(mentee.GetByRole(AriaRole.Heading, new() { Name = "Pass the AWS Cloud Practitioner exam so that I can join the platform team" })).ToBeVisibleAsync();
        var goalUrl = mentee.Url;

        // The GROW worksheet saves as she types (htmx), and the way forward lands on the goal.
        await mentee.GetByRole(AriaRole.Link, new() { Name = "GROW worksheet" }).ClickAsync();
        await mentee.GetByLabel("16. What is your first step?").FillAsync("Book the exam for the end of March");
        await Assertions.Expect(mentee.Locator("#s-16")).ToContainTextAsync("Saved at");
        await mentee.ReloadAsync();
        await Assertions.Expect(mentee.GetByLabel("16. What is your first step?")).ToHaveValueAsync("Book the exam for the end of March");
        await mentee.GotoAsync(goalUrl);
        await Assertions.Expect(mentee.GetByText("Book the exam for the end of March").First).ToBeVisibleAsync();

        // The mentor comments.
        var mentor = await NewPageAsync();
        await SignInAsync(mentor, pair.Mentor.Email);
        await mentor.GotoAsync(goalUrl);
        await mentor.GetByLabel("Add a comment").FillAsync("Book the exam date first: a date makes it real.");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Assertions.Expect(mentor.GetByText("Book the exam date first")).ToBeVisibleAsync();

        // The mentee marks it achieved; the mentor confirms.
        await mentee.ReloadAsync();
        await Assertions.Expect(mentee.GetByText("Book the exam date first")).ToBeVisibleAsync();
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Mark achieved" }).ClickAsync();
        await Assertions.Expect(mentee.GetByRole(AriaRole.Status)).ToContainTextAsync("Marked achieved");
        await mentor.ReloadAsync();
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Confirm it's achieved" }).ClickAsync();
        await Assertions.Expect(mentor.GetByText("confirmed by Ruben Visser")).ToBeVisibleAsync();
    }
}
