using Microsoft.Playwright;
using Thrive.Domain.Commitments;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>The DS&amp;A story: her weekly LeetCode habit becomes her goal's measure, and checking in moves the goal.</summary>
public sealed class HabitGoalBrowserTests : BrowserTest
{
    [Fact]
    public async Task Mentee_links_her_habit_to_her_goal_checks_in_and_sees_the_goal_move()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Naledi Dube"));
        await given.GoalAsync(pair.Mentee, "Solve 12 problem sets", measure: new GoalMeasure("problem sets solved", 0, 12, "sets"));
        await given.CommitmentAsync(pair.Mentee, new CommitmentDetails(CommitmentForm.ImplementationIntention, "solve one LeetCode problem set",
            "19:00 on Wednesdays", "the study room", null, 1, HabitPeriod.Week, CommitmentKind.YesNo), given.Today.AddDays(-7), [given.Today.AddDays(-7)]);
        var page = await NewPageAsync();
        await SignInAsync(page, pair.Mentee.Email);

        // Open the commitment and make it the goal's measure.
        await page.GotoAsync("/Commitments");
        await page.GetByRole(AriaRole.Link, new() { Name = "I will solve one LeetCode problem set at 19:00 on Wednesdays in the study room." }).ClickAsync();
        await page.GetByLabel("For goal").SelectOptionAsync(new SelectOptionValue { Label = "Solve 12 problem sets" });
        await page.GetByLabel("Is it the goal's measure?").SelectOptionAsync(new SelectOptionValue { Label = "Yes: each check-in counts one towards the target" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Commitment saved");
        await Assertions.Expect(page.GetByText("problem sets solved: 1 of 12 sets")).ToBeVisibleAsync(); // last week's check-in already counts

        // Check in today with a note: the goal's progress moves, without typing it twice.
        await page.GetByLabel("Note (optional)").FillAsync("Two mediums, one with a hint");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in: I will solve one LeetCode problem set" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Keep the chain going");
        await Assertions.Expect(page.GetByText("Two mediums, one with a hint")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Solve 12 problem sets" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Solve 12 problem sets" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("16% done")).ToBeVisibleAsync(); // 2 of 12
        await Assertions.Expect(page.GetByText("measures this goal")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Record" })).ToHaveCountAsync(0);
    }
}
