using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>The coordinator matches a cohort on the matching page, by plain forms: propose, read why, lock, re-solve, confirm.</summary>
public sealed class MatchingBrowserTests : BrowserTest
{
    [Fact]
    public async Task The_coordinator_proposes_reads_a_pairs_reasons_locks_one_re_solves_and_confirms_into_proposed_pairs()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync("Winter cohort", week: 1);
        await given.MentorAsync(programme, "Sanne Bakker", capacity: 1);
        await given.MentorAsync(programme, "Bram Smit", capacity: 1);
        var ayesha = await given.MenteeAsync(programme, "Ayesha Khan", techStack: "C#, .NET");
        var nandi = await given.MenteeAsync(programme, "Nandi Zulu", techStack: "C#");
        await given.MenteeAsync(programme, "Lerato Mokoena");

        var page = await NewPageAsync();
        await SignInAsync(page, programme.Coordinator.Email);
        await page.GotoAsync($"/Programmes/{programme.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Matching", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Matching", Exact = true })).ToBeVisibleAsync();

        await page.GetByLabel("Time-zone overlap").SelectOptionAsync("Somewhat");
        await page.GetByLabel("Match the most people").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Weights saved.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Time-zone overlap")).ToHaveValueAsync("Somewhat");

        // Why: every factor's points, read from the row's disclosure.
        var row = page.Locator($"#m-{ayesha.Id}");
        var why = row.Locator("details.match-why");
        await why.Locator("summary").ClickAsync();
        await Assertions.Expect(why.GetByText("Tech stack:")).ToBeVisibleAsync();
        await Assertions.Expect(why.GetByText("Time-zone overlap:")).ToBeVisibleAsync();
        var mentor = (await row.Locator("td").Nth(1).InnerTextAsync()).Trim();
        Assert.Contains(mentor, new[] { "Sanne Bakker", "Bram Smit" });

        await row.GetByRole(AriaRole.Button, new() { Name = $"Lock pair of Ayesha Khan with {mentor}" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Pair locked: re-solving keeps it.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Re-solve" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Solved again around your 1 locked pair")).ToBeVisibleAsync();
        row = page.Locator($"#m-{ayesha.Id}");
        await Assertions.Expect(row.GetByText("Locked", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync(mentor);
        await Assertions.Expect(page.GetByText("Capacity exhausted")).ToBeVisibleAsync(); // three mentees, two places

        await row.GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.Locator($"#m-{nandi.Id}").GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm selected" }).ClickAsync();
        await Assertions.Expect(page.GetByText("2 pairs are proposed.")).ToBeVisibleAsync();
        var confirmed = page.GetByRole(AriaRole.Link, new() { Name = $"Ayesha Khan with {mentor}" });
        await Assertions.Expect(confirmed).ToBeVisibleAsync();

        // The new pairs are on the programme page as proposed.
        await page.GetByRole(AriaRole.Link, new() { Name = "programme page" }).First.ClickAsync();
        var pairs = page.Locator("table[aria-labelledby=pairs-title]");
        await Assertions.Expect(pairs.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ayesha Khan" })).ToContainTextAsync("Proposed");
        await Assertions.Expect(pairs.GetByRole(AriaRole.Row).Filter(new() { HasText = "Nandi Zulu" })).ToContainTextAsync("Proposed");
        // And on cohort health, as not started yet until they are activated.
        await page.GotoAsync($"/Programmes/{programme.Id}/Health");
        var waiting = page.Locator("table[aria-labelledby=proposed-title]");
        await Assertions.Expect(waiting.GetByRole(AriaRole.Link, new() { Name = $"Ayesha Khan with {mentor}" })).ToBeVisibleAsync();
        await Assertions.Expect(waiting.GetByRole(AriaRole.Row).Filter(new() { HasText = "Nandi Zulu" })).ToHaveCountAsync(1);
        await ConfirmedPairOpensAsync(page, programme.Id, mentor);
    }

    /// <summary>From the matching page's list, a confirmed pair opens on its own page.</summary>
    private static async Task ConfirmedPairOpensAsync(IPage page, Guid programme, string mentor)
    {
        await page.GotoAsync($"/Programmes/{programme}/Matching");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Ayesha Khan with {mentor}" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/Pairs/", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByText(mentor).First).ToBeVisibleAsync();
    }
}
