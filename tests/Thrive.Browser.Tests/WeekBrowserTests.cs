using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Thrive.Domain.Sessions;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Browser.Tests;

/// <summary>
/// A whole week of a pair, as the two people do it in Chromium: the mentee writes and shares the agenda, the
/// mentor reads it, the session is held, notes and an action item are recorded, and the mentee ticks the action
/// item off from the home page.
/// </summary>
public sealed class WeekBrowserTests : BrowserTest
{
    [Fact]
    public async Task A_week_from_agenda_to_an_action_item_ticked_off_at_home()
    {
        var ct = TestContext.Current.CancellationToken;
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, await given.MentorAsync(programme, "Daan Jansen", "Europe/Amsterdam"),
            await given.MenteeAsync(programme, "Lerato Mokoena", "Africa/Johannesburg"));
        var next = given.Now.Date.AddDays(2).AddHours(14);
        var session = await given.SessionAsync(pair, new DateTimeOffset(next, TimeSpan.Zero));
        var (sessionId, startUtc) = (session.Id, session.StartUtc);

        // The mentee opens the next session from home and shares her agenda.
        var mentee = await NewPageAsync();
        await SignInAsync(mentee, pair.Mentee.Email);
        await mentee.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^\w{3} \d+ \w{3} \d\d:\d\d") }).First.ClickAsync();
        await mentee.WaitForURLAsync($"**/Sessions/{sessionId}");
        await mentee.GetByLabel("What you hope to achieve next week").FillAsync("Ship the portfolio's case study page");
        await mentee.GetByLabel("Challenges you expect").FillAsync("A release at work on Thursday");
        await mentee.GetByRole(AriaRole.Button, new() { Name = "Save and share" }).ClickAsync();
        await Assertions.Expect(mentee.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("Agenda \\(shared") })).ToBeVisibleAsync();

        // The mentor reads it before the session.
        var mentor = await NewPageAsync();
        await SignInAsync(mentor, pair.Mentor.Email);
        await mentor.GotoAsync($"/Sessions/{sessionId}");
        await Assertions.Expect(mentor.GetByLabel("What you hope to achieve next week")).ToHaveValueAsync("Ship the portfolio's case study page");

        // The session time comes; the mentor records it as held, writes the notes and an action item for the mentee.
        App.Clock.Advance(startUtc - DateTimeOffset.UtcNow + TimeSpan.FromMinutes(70));
        await mentor.ReloadAsync();
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Mark held" }).ClickAsync();
        await Assertions.Expect(mentor.GetByText("· Held")).ToBeVisibleAsync();
        await mentor.GetByRole(AriaRole.Textbox, new() { Name = "Shared notes" }).FillAsync("Reviewed the case study outline. Lerato will cut the intro to three sentences.");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Save notes" }).ClickAsync();
        await mentor.GetByLabel("New action item").FillAsync("Cut the case study intro to three sentences");
        await mentor.GetByLabel("For my partner").CheckAsync();
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(mentor.GetByText("Cut the case study intro to three sentences (Lerato Mokoena")).ToBeVisibleAsync();

        // The mentee sees the notes, then ticks the action item off from home.
        await mentee.GotoAsync($"/Sessions/{sessionId}");
        await Assertions.Expect(mentee.GetByRole(AriaRole.Textbox, new() { Name = "Shared notes" })).ToHaveValueAsync("Reviewed the case study outline. Lerato will cut the intro to three sentences.");
        await mentee.GotoAsync("/");
        var done = mentee.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Done ?: Cut the case study intro to three sentences$") });
        await done.ClickAsync();
        await Assertions.Expect(mentee.GetByText("Action item done")).ToBeVisibleAsync();
        await Assertions.Expect(done).ToHaveCountAsync(0);

        var saved = await App.WithDbAsync(async db => new
        {
            Session = await db.Sessions.SingleAsync(s => s.Id == sessionId, ct),
            Item = await db.ActionItems.SingleAsync(i => i.SessionId == sessionId && i.Text == "Cut the case study intro to three sentences", ct),
        });
        Assert.Equal(SessionStatus.Held, saved.Session.Status);
        Assert.NotNull(saved.Session.AgendaSharedAt);
        Assert.Equal("Ship the portfolio's case study page", saved.Session.HopeNext);
        Assert.NotNull(saved.Item.DoneAt);
    }
}
