using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>The coordinator opens the programme's report from the programme page, reads the charts' tables and downloads one as CSV.</summary>
public sealed class ReportBrowserTests : BrowserTest
{
    [Fact]
    public async Task The_coordinator_opens_the_report_from_the_programme_page_reads_the_tables_and_downloads_a_csv()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync("Spring cohort");
        var pair = await given.PairAsync(programme);
        await given.HeldSessionAsync(pair, daysAgo: 7);
        await given.HeldSessionAsync(pair, daysAgo: 14);

        var page = await NewPageAsync();
        await SignInAsync(page, programme.Coordinator.Email);
        await page.GotoAsync($"/Programmes/{programme.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Report", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Report", Exact = true })).ToBeVisibleAsync();

        var sessions = page.Locator("#t-sessions");
        await Assertions.Expect(sessions).ToBeVisibleAsync();
        await Assertions.Expect(sessions.GetByRole(AriaRole.Row)).ToHaveCountAsync(13); // the header and twelve weeks
        await Assertions.Expect(page.Locator("canvas[data-chart-for=t-sessions]")).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator("#t-pairs").GetByRole(AriaRole.Row).Filter(new() { HasText = "Active" })).ToContainTextAsync("1");

        // The download link, fetched with the coordinator's own browser session (as the click does).
        var link = page.Locator("a[href*=\"table=sessions\"]");
        await Assertions.Expect(link).ToContainTextAsync("Download CSV");
        var response = await page.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/csv", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("attachment", response.Headers["content-disposition"], StringComparison.Ordinal);
        var lines = (await response.TextAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Week,Week starts,Phase,Planned,Held", lines[0]);
        Assert.Equal(13, lines.Length);
        Assert.Equal(2, lines.Skip(1).Sum(l => int.Parse(l.Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
