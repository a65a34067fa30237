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

    [Fact]
    public async Task A_first_swot_is_saved_revised_and_compared()
    {
        var mentee = await App.SignedInAsync("ayesha.applicant@thrive.test");
        await App.WithDbAsync(async db =>
        {
            var p = await db.Participants.SingleAsync(x => x.UserId == db.Users.Single(u => u.Email == "ayesha.applicant@thrive.test").Id);
            p.Review(true, Guid.Empty, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var empty = await mentee.GetStringAsync("/Swot", Ct);
        Assert.Contains("Which qualifications or certifications do you hold?", empty, StringComparison.Ordinal);
        var saved = await ThriveApp.PostFormAsync(mentee, "/Swot?handler=Save", Lists("Persistent\nPython"), "/Swot");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var analysis = await App.WithDbAsync(db => db.SwotAnalyses.Where(a => a.OwnerId == db.Users.Single(u => u.Email == "ayesha.applicant@thrive.test").Id).Select(a => a.Id).SingleAsync());
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
        var mentee = await App.SignedInAsync("mentee@thrive.test");
        var r = await ThriveApp.PostFormAsync(mentee, "/Swot?handler=Save", Lists(new string('s', 600)), "/Swot");
        Assert.Contains("each item must be at most 500 characters", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.SwotItems.AnyAsync(i => i.Text.Length > 500)));
    }

    [Fact]
    public async Task Links_become_draft_goals_and_wrong_links_are_refused()
    {
        var mentee = await App.SignedInAsync("mentee@thrive.test");
        var items = await App.WithDbAsync(db => db.SwotItems
            .Join(db.SwotRevisions, i => i.RevisionId, r => r.Id, (i, r) => new { i, r })
            .Join(db.SwotAnalyses, x => x.r.AnalysisId, a => a.Id, (x, a) => new { x.i, x.r.Number, a.OwnerId })
            .Where(x => x.OwnerId == db.Users.Single(u => u.Email == "mentee@thrive.test").Id && x.Number == 2).Select(x => x.i).ToListAsync());
        var strength = items.First(i => i.Quadrant == SwotQuadrant.Strength);
        var threat = items.First(i => i.Quadrant == SwotQuadrant.Threat);
        var wrong = await ThriveApp.PostFormAsync(mentee, "/Swot?handler=Link", new() { ["Link.FromItemId"] = strength.Id.ToString(), ["Link.ToItemId"] = threat.Id.ToString() }, "/Swot");
        Assert.Contains("Link a strength to an opportunity", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);

        var link = await App.WithDbAsync(db => db.SwotLinks.Where(l => l.FromItemId == strength.Id).Select(l => l.Id).FirstAsync());
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
        var analysis = await App.WithDbAsync(db => db.SwotAnalyses.Where(a => a.OwnerId == db.Users.Single(u => u.Email == "mentee@thrive.test").Id).Select(a => a.Id).SingleAsync());
        var mentor = await App.SignedInAsync("mentor@thrive.test");
        var page = await mentor.GetStringAsync($"/Swot/{analysis}", Ct);
        Assert.Contains("Eye for design and detail", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Strengths\"", page, StringComparison.Ordinal); // read only
        var comment = await ThriveApp.PostFormAsync(mentor, $"/Swot/{analysis}?handler=Comment&analysisId={analysis}", new() { ["Comment.Body"] = "You undersell your CSS." }, $"/Swot/{analysis}");
        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        foreach (var email in new[] { "aws.mentee@thrive.test", "coordinator@thrive.test", "admin@thrive.test" })
        {
            var other = await App.SignedInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/Swot/{analysis}", Ct)).StatusCode);
        }
    }
}
