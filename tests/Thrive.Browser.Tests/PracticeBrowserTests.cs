using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>
/// The data-structures-and-algorithms story in Chromium: the mentee logs a problem she solved with a hint, sees it in
/// her topic coverage and this week's bar, and the next day solves it again on her own from the due list.
/// </summary>
public sealed partial class PracticeBrowserTests : BrowserTest
{
    [Fact]
    public async Task A_problem_solved_with_a_hint_shows_in_coverage_and_the_week_and_comes_back_for_a_second_attempt()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Thandi Khumalo", "Africa/Johannesburg"));

        var page = await NewPageAsync();
        await SignInAsync(page, pair.Mentee.Email);
        await page.GetByRole(AriaRole.Link, new() { Name = "Practice", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Practice");
        await Assertions.Expect(page.GetByText("No problems logged yet.")).ToBeVisibleAsync();

        await page.GetByLabel("Problem", new() { Exact = true }).FillAsync("Number of Islands");
        await page.GetByLabel("Link (optional)").FillAsync("https://leetcode.com/problems/number-of-islands/");
        await page.GetByLabel("Minutes taken").FillAsync("45");
        await page.GetByLabel("graphs", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("recursion and backtracking", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("with a hint", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Notes (optional)").FillAsync("Hint: sink each island with a DFS as you count it.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log problem" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Problem logged.", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Number of Islands", Exact = true })).ToBeVisibleAsync();
        // Coverage: graphs now has one problem; dynamic programming is still untouched.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = GraphsOne() })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(new Regex("Not touched yet: .*dynamic programming"))).ToBeVisibleAsync();
        // This week's bar (its table) counts it, against the default target of 3.
        await Assertions.Expect(page.GetByText(new Regex(@"^1 of 3 problems$"))).ToBeVisibleAsync();
        await page.GetByText("As a table").ClickAsync();
        await Assertions.Expect(page.Locator("#t-weekly tbody tr:last-child td[data-v]")).ToHaveTextAsync("1");

        // The next day (her day) it is due; she solves it again alone and it moves a week on.
        App.Clock.Advance(TimeSpan.FromDays(1));
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByText("1 problem is due for a second attempt.", new() { Exact = false })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Open Practice" }).ClickAsync();
        await Assertions.Expect(page.GetByText("due today", new() { Exact = true }).First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Solved again alone ?: Number of Islands$") }).ClickAsync();
        await Assertions.Expect(page.GetByText("Solved again on your own")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("Due for a second attempt") })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { NameRegex = new Regex(@"^on \w{3} \d+ \w{3}$") })).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"^1\s+graphs$")]
    private static partial Regex GraphsOne();
}
