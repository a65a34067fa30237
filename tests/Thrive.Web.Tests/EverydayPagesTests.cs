using System.Net;
using Microsoft.EntityFrameworkCore;
using System.Text.RegularExpressions;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>Small things people meet every week: the agenda's prompts, comment times, where closing is offered.</summary>
public sealed partial class EverydayPagesTests : WebTest
{
    [GeneratedRegex("<textarea[^>]*name=\"Agenda.WentWell\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex WentWell();

    [Fact]
    public async Task Last_sessions_hope_shows_beside_what_went_well_and_is_not_written_into_the_answer()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme);
        await given.SessionAsync(pair, given.Now.AddDays(-7), then: s =>
        {
            Assert.True(s.SaveAgenda("Fine", "", "", "Finish the linked list set", "", share: true, s.StartUtc.AddDays(-1)).Succeeded);
            Assert.True(s.Record(Thrive.Domain.Sessions.SessionStatus.Held, s.EndUtc).Succeeded);
        });
        var next = await given.SessionAsync(pair, given.Now.AddDays(1));
        var client = await pair.Mentee.SignInAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Sessions/{next.Id}", Ct));
        Assert.Contains("Last session hoped to: Finish the linked list set", html, StringComparison.Ordinal);
        var answer = WentWell().Match(html);
        Assert.True(answer.Success);
        Assert.Equal("", answer.Groups[1].Value.Trim());
        Assert.Contains("aria-describedby=\"previous-hope\"", answer.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comment_is_dated_on_the_readers_own_clock()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, await given.MentorAsync(programme, "Daan Jansen", "UTC"), await given.MenteeAsync(programme, "Lerato Mokoena", "Africa/Johannesburg"));
        var goal = await given.GoalAsync(pair.Mentee, "Ship the portfolio site");
        var at = new DateTimeOffset(2026, 3, 3, 23, 30, 0, TimeSpan.Zero);
        await App.WithDbAsync(async db =>
        {
            db.GoalComments.Add(Thrive.Domain.Goals.GoalComment.Write(goal.Id, pair.Mentor.Id, "Nice progress.", at).Value!);
            return await db.SaveChangesAsync();
        });
        // 23:30 UTC is 01:30 the next day in Johannesburg.
        Assert.Contains("4 Mar 2026 01:30", await (await pair.Mentee.SignInAsync()).GetStringAsync($"/Goals/{goal.Id}", Ct), StringComparison.Ordinal);
        Assert.Contains("3 Mar 2026 23:30", await (await pair.Mentor.SignInAsync()).GetStringAsync($"/Goals/{goal.Id}", Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(11, true)]
    public async Task Closing_is_offered_in_the_last_weeks_and_only_signposted_before(int week, bool offered)
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: week, lengthWeeks: 12);
        var pair = await given.PairAsync(programme);
        var html = await (await pair.Mentee.SignInAsync()).GetStringAsync($"/Pairs/{pair.Id}", Ct);
        Assert.Equal(offered, html.Contains(">Close the relationship</a>", StringComparison.Ordinal));
        Assert.Equal(!offered, html.Contains("id=\"closing-later\"", StringComparison.Ordinal));
        Assert.Contains($"href=\"/Pairs/{pair.Id}/Close\"", html, StringComparison.Ordinal); // reachable either way
    }

    [Fact]
    public async Task An_administrator_or_coordinator_who_takes_no_part_has_no_participant_tools_in_the_navigation()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme);
        var admin = await given.AdminAsync();
        Assert.DoesNotContain("href=\"/Board\"", await (await admin.SignInAsync()).GetStringAsync("/", Ct), StringComparison.Ordinal);
        Assert.Contains("href=\"/Board\"", await (await pair.Mentee.SignInAsync()).GetStringAsync("/", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Board\"", await (await programme.Coordinator.SignInAsync()).GetStringAsync("/", Ct), StringComparison.Ordinal);
        // An administrator who is also a mentee keeps them.
        var both = await given.MenteeAsync(programme, "Ada Admin");
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == both.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsAdmin, true)));
        Assert.Contains("href=\"/Board\"", await (await both.SignInAsync()).GetStringAsync("/", Ct), StringComparison.Ordinal);
    }
}
