using System.Globalization;
using Microsoft.Playwright;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>A book club from start to its first meeting, by plain forms: created by the coordinator, joined, met, attended, reflected on.</summary>
public sealed class GroupBrowserTests : BrowserTest
{
    [Fact]
    public async Task The_coordinator_creates_a_book_club_four_people_join_a_meeting_is_held_with_attendance_and_a_reflection_is_written()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var first = await given.PairAsync(programme, await given.MentorAsync(programme, "Daan Jansen", "UTC"), await given.MenteeAsync(programme, "Lerato Mokoena", "UTC"));
        var (daan, lerato) = (first.Mentor, first.Mentee);
        var kabelo = await given.PairAsync(programme, await given.MentorAsync(programme, "Ayesha Khan", "UTC"), await given.MenteeAsync(programme, "Kabelo Dube", "UTC"));
        var sam = (await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Sam Okafor", "UTC"))).Mentee;

        // The coordinator creates the club with Daan as its facilitator.
        var page = await NewPageAsync();
        await SignInAsync(page, programme.Coordinator.Email);
        await page.GotoAsync($"/Groups/New?where={programme.Id}");
        await page.GetByLabel("Book club").CheckAsync();
        await page.GetByLabel("Name").FillAsync("Dare to Lead club");
        await page.GetByLabel("Capacity (people)").FillAsync("6");
        await page.GetByLabel("Purpose").FillAsync("A chapter a week and one idea tried at work.");
        await page.GetByLabel("Anyone who may take part, while there are places").CheckAsync();
        await page.GetByLabel("Title").FillAsync("Dare to Lead");
        await page.GetByLabel("Author").FillAsync("Brené Brown");
        await page.Locator("#facilitators").SelectOptionAsync(new SelectOptionValue { Label = "Daan Jansen (mentor)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the group" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dare to Lead club", Exact = true })).ToBeVisibleAsync();
        var groupUrl = new Uri(page.Url).AbsolutePath;

        // Four people of three pairs join from the groups list.
        foreach (var who in new[] { lerato, kabelo.Mentee, kabelo.Mentor, sam })
        {
            var p = await NewPageAsync();
            await SignInAsync(p, who.Email);
            await p.GotoAsync("/Groups");
            var join = p.GetByRole(AriaRole.Button, new() { Name = "Join Dare to Lead club" });
            await join.ClickAsync();
            await Assertions.Expect(join).ToHaveCountAsync(0); // now among their groups, no longer to join
            await p.Context.CloseAsync();
        }

        // Daan plans the first part and a meeting tomorrow at 18:00 UTC.
        var facilitator = await NewPageAsync();
        await SignInAsync(facilitator, daan.Email);
        await facilitator.GotoAsync(groupUrl);
        await Assertions.Expect(facilitator.GetByText("5 of 6 members")).ToBeVisibleAsync();
        await facilitator.GotoAsync(groupUrl + "/Edit");
        var part = facilitator.Locator("form").Filter(new() { Has = facilitator.GetByRole(AriaRole.Button, new() { Name = "Add the part" }) });
        await part.GetByLabel("Title").FillAsync("The moment and the myths");
        await part.GetByLabel("From chapter").FillAsync("1");
        await part.GetByLabel("To chapter").FillAsync("2");
        var tomorrow = given.Today.AddDays(1);
        await part.GetByLabel("Due on").FillAsync(tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await part.GetByRole(AriaRole.Button, new() { Name = "Add the part" }).ClickAsync();
        await Assertions.Expect(facilitator.GetByRole(AriaRole.Button, new() { Name = "Save The moment and the myths" })).ToBeVisibleAsync();
        await facilitator.GotoAsync(groupUrl + "/Meetings");
        await facilitator.GetByLabel("First meeting").FillAsync(tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await facilitator.GetByLabel("Time", new() { Exact = true }).FillAsync("18:00");
        await facilitator.GetByLabel("In the time zone").SelectOptionAsync("UTC");
        await facilitator.GetByLabel("Minutes").FillAsync("60");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Schedule" }).ClickAsync();
        var meetingLink = facilitator.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("18:00") }).First;
        await Assertions.Expect(meetingLink).ToBeVisibleAsync();
        await meetingLink.ClickAsync();
        var meetingUrl = new Uri(facilitator.Url).AbsolutePath;

        // Lerato says she is going; after the meeting Daan records who attended (all but Sam).
        var member = await NewPageAsync();
        await SignInAsync(member, lerato.Email);
        await member.GotoAsync(meetingUrl);
        await member.GetByRole(AriaRole.Button, new() { Name = "Going", Exact = true }).ClickAsync();
        await Assertions.Expect(member.GetByText("Your answer: Going")).ToBeVisibleAsync();
        App.Clock.Advance(new DateTimeOffset(tomorrow.ToDateTime(new TimeOnly(19, 5)), TimeSpan.Zero) - App.Clock.GetUtcNow());
        await facilitator.GotoAsync(meetingUrl);
        foreach (var who in new[] { "Daan Jansen", "Lerato Mokoena", "Kabelo Dube", "Ayesha Khan" })
            await facilitator.GetByLabel($"{who} attended").CheckAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Record attendance" }).ClickAsync();
        await Assertions.Expect(facilitator.GetByText("4 attended")).ToBeVisibleAsync();

        // Lerato marks the part read and writes her reflection, which the group reads.
        await member.GotoAsync(groupUrl);
        await member.GetByRole(AriaRole.Button, new() { Name = "Mark read" }).ClickAsync();
        await Assertions.Expect(member.GetByText("You: 100% read")).ToBeVisibleAsync();
        await member.GetByLabel("Your reflection").FillAsync("I said \"I don't know yet\" in stand-up instead of guessing.");
        await member.GetByRole(AriaRole.Button, new() { Name = "Save reflection" }).ClickAsync();
        await facilitator.GotoAsync(groupUrl);
        await Assertions.Expect(facilitator.GetByText("I said \"I don't know yet\" in stand-up instead of guessing.")).ToBeVisibleAsync();
    }
}
