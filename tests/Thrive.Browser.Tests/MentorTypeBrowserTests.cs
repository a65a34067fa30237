using Microsoft.Playwright;
using Thrive.Domain.MentorTypes;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>A mentor takes the mentor-type quiz with the keyboard alone: Tab from question to question, Space for yes, an arrow for no.</summary>
public sealed class MentorTypeBrowserTests : BrowserTest
{
    [Fact]
    public async Task A_mentor_takes_the_quiz_by_keyboard_and_sees_the_top_type_explained()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var mentor = await given.MentorAsync(programme, "Daan Jansen");

        var page = await NewPageAsync();
        await SignInAsync(page, mentor.Email);
        await OpenToolAsync(page, "Mentor type");
        await page.GetByRole(AriaRole.Link, new() { Name = "Take the quiz" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group)).ToHaveCountAsync(MentorTypeQuiz.Count);

        await page.GetByRole(AriaRole.Radio, new() { Name = "Yes" }).First.FocusAsync();
        foreach (var q in MentorTypeQuiz.Questions)
        {
            await page.Keyboard.PressAsync(q.Type == MentorType.Coach ? "Space" : "ArrowRight"); // yes to the coach's questions, no to the rest
            await page.Keyboard.PressAsync("Tab");
        }
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "See my result" })).ToBeFocusedAsync();
        var first = page.GetByRole(AriaRole.Group, new() { Name = MentorTypeQuiz.Questions[0].Text, Exact = false });
        await Assertions.Expect(first.GetByRole(AriaRole.Radio, new() { Name = "No" })).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/MentorType");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are mostly" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Coach", new() { Exact = true }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Coach\s*top\s*5 of 5\s*100%$") })).ToBeVisibleAsync();
    }
}
