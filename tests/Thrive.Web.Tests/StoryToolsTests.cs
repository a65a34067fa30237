using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Evidence;
using Thrive.Domain.Practice;
using Thrive.Web.Features.Common;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// The story tools in the programme's rhythm: their open items on the home page, as prompts beside a session's agenda
/// (for the owner and their mentor, never for another pair) and in the closing reflection and printable journey.
/// </summary>
public sealed class StoryToolsTests : WebTest
{
    [Fact]
    public async Task Practice_due_again_shows_beside_the_agenda_for_both_members_and_what_it_added_up_to_shows_in_the_journey()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Ama Owusu"));
        var other = await given.PairAsync(programme);
        await given.PracticeProblemAsync(pair.Mentee, "Course Schedule", PracticeTopic.Graphs, SolvedHow.WithHint, daysAgo: 1);
        await given.PracticeProblemAsync(pair.Mentee, "Valid Anagram", PracticeTopic.Strings, SolvedHow.Alone, daysAgo: 0);
        var session = await given.SessionAsync(pair, given.Now.AddDays(2));

        var ama = await pair.Mentee.SignInAsync();
        var mine = WebUtility.HtmlDecode(await ama.GetStringAsync($"/Sessions/{session.Id}", Ct));
        Assert.Contains("Worth talking about", mine, StringComparison.Ordinal);
        Assert.Contains("1 problem is due for a second attempt", mine, StringComparison.Ordinal);
        Assert.Contains("href=\"/Practice\"", mine, StringComparison.Ordinal);

        var mentor = await pair.Mentor.SignInAsync();
        var theirs = WebUtility.HtmlDecode(await mentor.GetStringAsync($"/Sessions/{session.Id}", Ct));
        Assert.Contains("From Ama Owusu's tools", theirs, StringComparison.Ordinal);
        Assert.Contains("1 problem is due for a second attempt", theirs, StringComparison.Ordinal);
        Assert.Contains($"/Practice?owner={pair.Mentee.Id}", theirs, StringComparison.Ordinal);

        // Another pair's session says nothing about Ama's log.
        var otherSession = await given.SessionAsync(other, given.Now.AddDays(3));
        var stranger = await other.Mentee.SignInAsync();
        Assert.DoesNotContain("Worth talking about", await stranger.GetStringAsync($"/Sessions/{otherSession.Id}", Ct), StringComparison.Ordinal);

        var journey = WebUtility.HtmlDecode(await ama.GetStringAsync($"/Pairs/{pair.Id}/Journey", Ct));
        Assert.Contains("What your tools add up to", journey, StringComparison.Ordinal);
        Assert.Contains("2 problems solved in the programme, 1 of them alone.", journey, StringComparison.Ordinal);
        var closing = WebUtility.HtmlDecode(await ama.GetStringAsync($"/Pairs/{pair.Id}/Close", Ct));
        Assert.Contains("2 problems solved in the programme", closing, StringComparison.Ordinal);
        // The mentor's journey is his own: the mentee's log is not summed up as his.
        Assert.DoesNotContain("problems solved in the programme", await mentor.GetStringAsync($"/Pairs/{pair.Id}/Journey", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_held_session_shows_no_prompts()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme);
        await given.PracticeProblemAsync(pair.Mentee, "Course Schedule", PracticeTopic.Graphs, SolvedHow.WithHint, daysAgo: 3);
        var held = await given.HeldSessionAsync(pair, daysAgo: 1);
        var client = await pair.Mentee.SignInAsync();
        Assert.DoesNotContain("Worth talking about", await client.GetStringAsync($"/Sessions/{held.Id}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_gets_every_tool_item_it_shows_and_skips_the_reads_it_does_not_show()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme);
        var mentee = pair.Mentee;
        // Something in every tool: a problem due again, an exam soon, a conversation long ago, a reviewed CV, evidence, no check-in this week.
        await given.PracticeProblemAsync(mentee, "Course Schedule", PracticeTopic.Graphs, SolvedHow.WithHint, daysAgo: 3);
        await given.ExamAsync(mentee, daysAhead: 5);
        await given.RoleConversationAsync(mentee, "Pieter", "QA and test engineering", fit: 3, daysAgo: 40);
        await given.EvidenceAsync(mentee, kind: EvidenceKind.Talk, daysAgo: 1);
        await given.AssetVersionAsync(mentee, AssetKind.Cv, askReview: true);
        await given.WellbeingCheckInAsync(mentee, weeksAgo: 2);
        var owner = new ToolReader(mentee.Id, programme.Id, mentee.Id, given.Today);

        using var scope = App.Services.CreateScope();
        var everything = new List<ToolItem>();
        App.Sql.Reset();
        foreach (var tool in scope.ServiceProvider.GetServices<IStoryTool>()) everything.AddRange(await tool.ItemsAsync(owner, ToolItemPlace.Journey, Ct));
        var readingAll = App.Sql.Count;
        App.Sql.Reset();
        var home = await scope.ServiceProvider.GetRequiredService<StoryTools>().ItemsAsync(owner, ToolItemPlace.Home, Ct);
        var readingHome = App.Sql.Count;

        var expected = everything.Where(i => i.Places.HasFlag(ToolItemPlace.Home)).Select(i => i.Text).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, home.Select(i => i.Text).Order(StringComparer.Ordinal).ToList());
        Assert.Contains(home, i => i.Tool == "Practice");
        Assert.Contains(home, i => i.Tool == "Exam");
        Assert.Contains(home, i => i.Tool == "Roles");
        Assert.Contains(home, i => i.Tool == "Wellbeing");
        // Evidence counts, every role's tallies and the wellbeing totals show on the agenda and the journey only.
        Assert.True(readingHome <= readingAll - 3, $"the home page read {readingHome} commands, the journey {readingAll}");
    }
}
