using System.Net;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Goals;
using Thrive.Domain.Swot;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class SwotTests : WebTest
{
    private static Dictionary<string, string> Lists(string s, string w = "Live coding nerves", string o = "Interview season", string t = "Side job") => new()
    {
        ["Input.Strengths"] = s, ["Input.Weaknesses"] = w, ["Input.Opportunities"] = o, ["Input.Threats"] = t,
    };

    /// <summary>Lerato's SWOT (revised once) and her mentor; the outsiders are a mentee of another pair, the coordinator and an admin.</summary>
    private sealed record World(GivenPair Pair, GivenSwot Swot, GivenPerson[] Outsiders);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Lerato Mokoena"));
        var swot = await given.SwotAsync(pair.Mentee, strengths: ["Eye for design and detail", "Two years of React and CSS"],
            weaknesses: ["Overthinking before I start"], opportunities: ["Company is hiring intermediate front-end developers"],
            threats: ["Bottlenecks in code review"], revisions: 2);
        return new World(pair, swot, [(await given.PairAsync(programme)).Mentee, programme.Coordinator, await given.AdminAsync()]);
    }

    [Fact]
    public async Task A_first_swot_is_saved_revised_and_compared()
    {
        var given = Given.In(App);
        var ayesha = await given.MenteeAsync(await given.ProgrammeAsync(), "Ayesha Khan");
        var mentee = await ayesha.SignInAsync();
        var empty = await mentee.GetStringAsync("/Swot", Ct);
        Assert.Contains("Which qualifications or certifications do you hold?", empty, StringComparison.Ordinal);
        var saved = await ThriveApp.PostFormAsync(mentee, "/Swot?handler=Save", Lists("Persistent\nPython"), "/Swot");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var analysis = await App.WithDbAsync(db => db.SwotAnalyses.Where(a => a.OwnerId == ayesha.Id).Select(a => a.Id).SingleAsync());
        var revision = await ThriveApp.PostFormAsync(mentee, $"/Swot?handler=Revision&analysisId={analysis}", new(), "/Swot");
        Assert.Equal(HttpStatusCode.Redirect, revision.StatusCode);
        await ThriveApp.PostFormAsync(mentee, "/Swot?handler=Save", Lists("Persistent\nDjango"), "/Swot");
        var compare = WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Swot/{analysis}/Compare?a=1&b=2", Ct));
        Assert.Contains("<span class=\"visually-hidden\">Removed: </span>Python", compare, StringComparison.Ordinal);
        Assert.Contains("<span class=\"visually-hidden\">Added: </span>Django", compare, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_long_lists_are_refused_and_nothing_changes()
    {
        var mentee = await (await WorldAsync()).Pair.Mentee.SignInAsync();
        var r = await ThriveApp.PostFormAsync(mentee, "/Swot?handler=Save", Lists(new string('s', 600)), "/Swot");
        Assert.Contains("each item must be at most 500 characters", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.SwotItems.AnyAsync(i => i.Text.Length > 500)));
    }

    [Fact]
    public async Task Links_become_draft_goals_and_wrong_links_are_refused()
    {
        var world = await WorldAsync();
        var mentee = await world.Pair.Mentee.SignInAsync();
        var (strength, threat) = (world.Swot.Strength, world.Swot.Threat);
        var wrong = await ThriveApp.PostFormAsync(mentee, "/Swot?handler=Link", new() { ["Link.FromItemId"] = strength.ToString(), ["Link.ToItemId"] = threat.ToString() }, "/Swot");
        Assert.Contains("Link a strength to an opportunity", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);

        var link = world.Swot.StrengthLink;
        var draft = await ThriveApp.PostFormAsync(mentee, $"/Swot?handler=Draft&linkId={link}", new(), "/Swot");
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var goalId = Guid.Parse(draft.Headers.Location!.OriginalString.Split('/')[2]);
        var goal = await App.WithDbAsync(db => db.Goals.SingleAsync(g => g.Id == goalId));
        Assert.Equal(GoalStatus.Draft, goal.Status);
        Assert.Equal(2, await App.WithDbAsync(db => db.GoalSwotLinks.CountAsync(l => l.GoalId == goalId)));
    }

    [Fact]
    public async Task Mentor_reads_and_comments_others_cannot_see_a_swot()
    {
        var world = await WorldAsync();
        var analysis = world.Swot.Id;
        var mentor = await world.Pair.Mentor.SignInAsync();
        var page = await mentor.GetStringAsync($"/Swot/{analysis}", Ct);
        Assert.Contains("Eye for design and detail", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Strengths\"", page, StringComparison.Ordinal); // read only
        var comment = await ThriveApp.PostFormAsync(mentor, $"/Swot/{analysis}?handler=Comment&analysisId={analysis}", new() { ["Comment.Body"] = "You undersell your CSS." }, $"/Swot/{analysis}");
        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        foreach (var person in world.Outsiders)
        {
            var other = await person.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/Swot/{analysis}", Ct)).StatusCode);
        }
    }
}
