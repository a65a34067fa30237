using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>
/// The AWS story in Chromium: with three practice tests behind him, the mentee logs a fourth with its domain scores,
/// sees it in the chart's table, the forecast date before his exam, and the weakest domain named.
/// </summary>
public sealed class ExamBrowserTests : BrowserTest
{
    [Fact]
    public async Task Logging_a_practice_test_updates_the_chart_the_forecast_and_the_weakest_domain()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Sipho Ndlovu"));
        var exam = await given.ExamAsync(pair.Mentee, daysAhead: 38, setUpDaysAgo: 21);
        await given.PracticeTestAsync(exam, 51, 21, 55, 40, 55, 58);
        await given.PracticeTestAsync(exam, 54, 14, 58, 44, 57, 60);
        await given.PracticeTestAsync(exam, 57, 7, 60, 47, 60, 62);

        var page = await NewPageAsync();
        await SignInAsync(page, pair.Mentee.Email);
        await OpenToolAsync(page, "Exam preparation");
        await page.WaitForURLAsync("**/Exam");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "AWS Certified Solutions Architect - Associate" })).ToBeVisibleAsync();

        await page.GetByLabel("Score (%)").FillAsync("60");
        await page.GetByLabel("From (optional)").FillAsync("Practice exam 4");
        await page.GetByLabel("Design Secure Architectures", new() { Exact = true }).FillAsync("64");
        await page.GetByLabel("Design Resilient Architectures", new() { Exact = true }).FillAsync("50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log practice test" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Practice test logged.", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(new Regex(@"^Latest practice score 60%"))).ToBeVisibleAsync();
        var reaches = given.Today.AddDays(28).ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator("#forecast")).ToContainTextAsync($"you pass the practice threshold of 72% around {reaches}");
        await Assertions.Expect(page.GetByText(new Regex("^Weakest domain: Design Resilient Architectures"))).ToBeVisibleAsync();
        // The chart is drawn from the table beside it: four rows now, the last one today's 60%.
        await Assertions.Expect(page.Locator("canvas[data-chart-for='t-scores']")).ToBeVisibleAsync();
        await page.GetByText("As a table").ClickAsync();
        await Assertions.Expect(page.Locator("#t-scores tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#t-scores tbody tr:last-child td[data-series='Overall']")).ToHaveTextAsync("60%");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Practice exam 4" })).ToBeVisibleAsync();
    }
}
