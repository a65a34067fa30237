using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Groups;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// A group backs a member's goal: the goal's measure counts the chapters or parts they read, or the meetings they
/// attend, written as they happen and taken back when undone; the goal then takes no typed values and no other tool.
/// </summary>
public sealed class GroupGoalTests : WebTest
{
    private sealed record World(Given Given, GivenProgramme Programme, GivenPerson Daan, GivenPerson Lerato, GivenPerson Kabelo, GivenPerson Ayesha);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var daan = await given.MentorAsync(programme, "Daan Jansen", "Europe/Amsterdam");
        var lerato = await given.MenteeAsync(programme, "Lerato Mokoena", "Africa/Johannesburg");
        var kabelo = await given.MenteeAsync(programme, "Kabelo Dube");
        var ayesha = await given.MenteeAsync(programme, "Ayesha Khan");
        await given.PairAsync(programme, daan, lerato);
        return new World(given, programme, daan, lerato, kabelo, ayesha);
    }

    private Task<List<(decimal Value, string Note, Guid? Group)>> ValuesAsync(Guid goalId) => App.WithDbAsync(async db =>
        (await db.MeasureEntries.Where(m => m.GoalId == goalId).OrderBy(m => m.Date).Select(m => new { m.Value, m.Note, m.GroupId }).ToListAsync())
            .Select(m => (m.Value, m.Note, m.GroupId)).ToList());

    [Fact]
    public async Task A_book_club_backs_a_goal_whose_measure_counts_the_chapters_read_and_takes_them_back_when_unread()
    {
        var w = await WorldAsync();
        var club = await w.Given.GroupAsync(w.Programme, w.Daan, [w.Lerato], parts: 3);
        var goal = await w.Given.GoalAsync(w.Lerato, "Grow as a leader with the book club", measure: new GoalMeasure("Chapters discussed", 0, 6, "chapters"));
        var lerato = await w.Lerato.SignInAsync();
        var page = $"/Groups/{club.Id}";

        var before = WebUtility.HtmlDecode(await lerato.GetStringAsync(page, Ct));
        Assert.Contains("Let the group back one of your goals", before, StringComparison.Ordinal);
        Assert.Contains("Grow as a leader with the book club (Chapters discussed)", before, StringComparison.Ordinal);
        var chose = await ThriveApp.PostFormAsync(lerato, $"{page}?handler=Goal", new() { ["Goal.GoalId"] = goal.Id.ToString(), ["Goal.Follows"] = "ChaptersRead" }, page);
        Assert.Equal(HttpStatusCode.Redirect, chose.StatusCode);
        Assert.Empty(await ValuesAsync(goal.Id)); // nothing read yet

        foreach (var part in club.Parts.Take(2))
            Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(lerato, $"{page}?handler=Read&partId={part}&read=true", [], page)).StatusCode);
        var values = await ValuesAsync(goal.Id);
        var today = Assert.Single(values); // both parts on one day: one value, the chapters of both
        Assert.Equal(4m, today.Value);
        Assert.Equal(club.Id, today.Group);
        Assert.Contains("Part 1 (Chapters 1–2)", today.Note, StringComparison.Ordinal);
        Assert.Contains("Part 2 (Chapters 3–4)", today.Note, StringComparison.Ordinal);

        var shown = WebUtility.HtmlDecode(await lerato.GetStringAsync(page, Ct));
        Assert.Contains("its measure counts your chapters read here", shown, StringComparison.Ordinal);
        var goalPage = WebUtility.HtmlDecode(await lerato.GetStringAsync($"/Goals/{goal.Id}", Ct));
        Assert.Contains("This measure follows the chapters read in the group", goalPage, StringComparison.Ordinal);

        // A value typed on the goal page, a commitment feeding it, the role exploration: each refused, nothing written.
        var typed = await ThriveApp.PostFormAsync(lerato, $"/Goals/{goal.Id}?handler=Measure",
            new() { ["Measure.Date"] = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Measure.Value"] = "5" }, $"/Goals/{goal.Id}");
        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        Assert.Contains("already measures this goal", WebUtility.HtmlDecode(await typed.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        await ThriveApp.SendAntiforgeryHeaderAsync(lerato);
        var roles = await lerato.PutAsJsonAsync("/api/v1/roles/goal", new { goalId = goal.Id }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, roles.StatusCode);
        Assert.Contains("already measures this goal", await roles.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(4m, Assert.Single(await ValuesAsync(goal.Id)).Value);

        // Unread, the chapters come off; "none" takes the group's values away.
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(lerato, $"{page}?handler=Read&partId={club.Parts[1]}&read=false", [], page)).StatusCode);
        Assert.Equal(2m, Assert.Single(await ValuesAsync(goal.Id)).Value);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(lerato, $"{page}?handler=Goal", new() { ["Goal.GoalId"] = "", ["Goal.Follows"] = "ChaptersRead" }, page)).StatusCode);
        Assert.Empty(await ValuesAsync(goal.Id));
        Assert.Null(await App.WithDbAsync(db => db.GroupMembers.Where(m => m.GroupId == club.Id && m.UserId == w.Lerato.Id).Select(m => m.GoalId).SingleAsync()));
    }

    [Fact]
    public async Task A_circle_backs_a_goal_with_the_meetings_attended_as_the_facilitator_records_them()
    {
        var w = await WorldAsync();
        var circle = await w.Given.GroupAsync(w.Programme, w.Daan, [w.Lerato, w.Kabelo], GroupKind.MentoringCircle, name: "Career circle");
        var goal = await w.Given.GoalAsync(w.Lerato, "Speak up in a group every fortnight", measure: new GoalMeasure("Circle meetings attended", 1, 6));
        var meeting = await w.Given.GroupMeetingAsync(circle, App.Clock.GetUtcNow().AddHours(2));
        var lerato = await w.Lerato.SignInAsync();
        await ThriveApp.SendAntiforgeryHeaderAsync(lerato);
        var url = $"/api/v1/groups/{circle.Id}/goal";

        // A circle has no reading plan to count.
        var reading = await lerato.PutAsJsonAsync(url, new { goalId = goal.Id, follows = "ChaptersRead" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, reading.StatusCode);
        Assert.Contains("Only a book club has a reading plan", await reading.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await lerato.PutAsJsonAsync(url, new { goalId = goal.Id, follows = "MeetingsAttended" }, Ct)).StatusCode);

        App.Clock.Advance(TimeSpan.FromDays(1));
        var daan = await w.Daan.SignInAsync();
        var meetingPage = $"/Groups/{circle.Id}/Meetings/{meeting}";
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(daan, $"{meetingPage}?handler=Record",
            new() { ["Record.Attended"] = w.Lerato.Id.ToString() }, meetingPage)).StatusCode);
        var value = Assert.Single(await ValuesAsync(goal.Id));
        Assert.Equal(2m, value.Value); // the baseline of 1, plus one meeting
        Assert.StartsWith("Attended the meeting of", value.Note, StringComparison.Ordinal);

        // Recorded again without her: the meeting no longer counts.
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(daan, $"{meetingPage}?handler=Record",
            new() { ["Record.Attended"] = w.Kabelo.Id.ToString() }, meetingPage)).StatusCode);
        Assert.Empty(await ValuesAsync(goal.Id));
    }

    [Fact]
    public async Task Only_a_members_own_open_measurable_goal_that_nothing_else_measures_can_be_backed()
    {
        var w = await WorldAsync();
        var club = await w.Given.GroupAsync(w.Programme, w.Daan, [w.Lerato], parts: 2);
        var other = await w.Given.GroupAsync(w.Programme, w.Daan, [w.Lerato], GroupKind.PeerGroup, name: "Peer group");
        var mine = await w.Given.GoalAsync(w.Lerato, "Lead with care", measure: new GoalMeasure("Chapters", 0, 4));
        var vague = await w.Given.GoalAsync(w.Lerato, "Be a better leader");
        var kabelos = await w.Given.GoalAsync(w.Kabelo, "Kabelo's goal", measure: new GoalMeasure("Chapters", 0, 4));
        var lerato = await w.Lerato.SignInAsync();
        await ThriveApp.SendAntiforgeryHeaderAsync(lerato);
        async Task<(HttpStatusCode, string)> BackAsync(HttpClient c, Guid group, Guid? goalId, string follows = "ChaptersRead")
        {
            var r = await c.PutAsJsonAsync($"/api/v1/groups/{group}/goal", new { goalId, follows }, Ct);
            return (r.StatusCode, await r.Content.ReadAsStringAsync(Ct));
        }

        var (code, body) = await BackAsync(lerato, club.Id, kabelos.Id);
        Assert.Equal(HttpStatusCode.BadRequest, code);
        Assert.Contains("Choose one of your own goals", body, StringComparison.Ordinal);
        (code, body) = await BackAsync(lerato, club.Id, vague.Id);
        Assert.Equal(HttpStatusCode.BadRequest, code);
        Assert.Contains("no measure yet", body, StringComparison.Ordinal);
        (code, _) = await BackAsync(lerato, club.Id, mine.Id);
        Assert.Equal(HttpStatusCode.NoContent, code);
        (code, body) = await BackAsync(lerato, other.Id, mine.Id, "MeetingsAttended");
        Assert.Equal(HttpStatusCode.BadRequest, code);
        Assert.Contains("Dare to Lead club", body, StringComparison.Ordinal);

        // Not a member: refused; Kabelo's own goal cannot ride on a group he is not in.
        var ayesha = await w.Ayesha.SignInAsync();
        await ThriveApp.SendAntiforgeryHeaderAsync(ayesha);
        (code, _) = await BackAsync(ayesha, club.Id, null);
        Assert.Equal(HttpStatusCode.Forbidden, code);
        Assert.Equal(mine.Id, await App.WithDbAsync(db => db.GroupMembers.Where(m => m.GroupId == club.Id && m.UserId == w.Lerato.Id).Select(m => m.GoalId).SingleAsync()));
        Assert.Null(await App.WithDbAsync(db => db.GroupMembers.Where(m => m.GroupId == other.Id && m.UserId == w.Lerato.Id).Select(m => m.GoalId).SingleAsync()));
    }
}
