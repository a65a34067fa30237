using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Health;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// Session ratings from the page, the home page and the API; what coordinators see of them (only wholes of at least
/// five people, or named answers); the ratings signal on the health page; and nobody reading another's rating.
/// </summary>
public sealed class SurveyTests : WebTest
{
    private static readonly HttpStatusCode[] Refused = [HttpStatusCode.Forbidden, HttpStatusCode.NotFound];

    [Fact]
    public async Task A_mentee_rates_a_held_session_from_the_home_page_and_the_step_goes_away()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme);
        var session = await given.HeldSessionAsync(pair, daysAgo: 2);
        var mentee = await pair.Mentee.SignInAsync();

        var home = WebUtility.HtmlDecode(await mentee.GetStringAsync("/", Ct));
        Assert.Contains($"Rate your session with {pair.Mentor.Name}", home, StringComparison.Ordinal);
        Assert.Contains($"/Sessions/{session.Id}/Rating", home, StringComparison.Ordinal);
        Assert.Contains($"/Sessions/{session.Id}/Rating", await mentee.GetStringAsync($"/Sessions/{session.Id}", Ct), StringComparison.Ordinal);

        var saved = await ThriveApp.PostFormAsync(mentee, $"/Sessions/{session.Id}/Rating",
            new() { ["Rating.Score"] = "4", ["Rating.Comment"] = "We planned my portfolio", ["Rating.Named"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await App.WithDbAsync(db => db.SessionRatings.SingleAsync(Ct));
        Assert.Equal((4, "We planned my portfolio", false), (stored.Score, stored.Comment, stored.Named));
        Assert.DoesNotContain("Rate your session with", await mentee.GetStringAsync("/", Ct), StringComparison.Ordinal);

        // The mentor still has the step, and reads nothing of the mentee's rating.
        var mentor = await pair.Mentor.SignInAsync();
        Assert.Contains("Rate your session with", WebUtility.HtmlDecode(await mentor.GetStringAsync("/", Ct)), StringComparison.Ordinal);
        var theirs = WebUtility.HtmlDecode(await mentor.GetStringAsync($"/Sessions/{session.Id}/Rating", Ct));
        Assert.DoesNotContain("We planned my portfolio", theirs, StringComparison.Ordinal);
        var api = await mentor.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{session.Id}/rating", Ct);
        Assert.Equal(JsonValueKind.Null, api.GetProperty("score").ValueKind);
    }

    [Fact]
    public async Task A_rating_out_of_range_is_refused_beside_its_field_on_the_form_and_with_a_problem_on_the_api_and_nothing_is_saved()
    {
        var given = Given.In(App);
        var pair = await given.PairAsync(await given.ProgrammeAsync());
        var session = await given.HeldSessionAsync(pair, daysAgo: 1);
        var mentee = await pair.Mentee.SignInAsync();

        var form = await ThriveApp.PostFormAsync(mentee, $"/Sessions/{session.Id}/Rating", new() { ["Rating.Score"] = "7", ["Rating.Comment"] = "x" });
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("The rating must be between 1 and 5.", WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var none = await ThriveApp.PostFormAsync(mentee, $"/Sessions/{session.Id}/Rating", new() { ["Rating.Comment"] = "x" });
        Assert.Contains("Choose a rating from 1 to 5.", WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);

        var put = await mentee.PutAsJsonAsync($"/api/v1/sessions/{session.Id}/rating", new { score = 0, comment = "x" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        Assert.True((await put.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("Score", out _));
        Assert.Equal(0, await App.WithDbAsync(db => db.SessionRatings.CountAsync(Ct)));

        Assert.Equal(HttpStatusCode.NoContent, (await mentee.PutAsJsonAsync($"/api/v1/sessions/{session.Id}/rating", new { score = 5, named = true }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await mentee.PutAsJsonAsync($"/api/v1/sessions/{session.Id}/rating", new { score = 3, comment = "Changed my mind" }, Ct)).StatusCode);
        var mine = await mentee.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{session.Id}/rating", Ct);
        Assert.Equal(3, mine.GetProperty("score").GetInt32());
        Assert.False(mine.GetProperty("named").GetBoolean());
        Assert.Equal(1, await App.WithDbAsync(db => db.SessionRatings.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_session_not_held_or_rated_too_late_is_a_conflict()
    {
        var given = Given.In(App);
        var pair = await given.PairAsync(await given.ProgrammeAsync());
        var coming = await given.SessionAsync(pair, given.Now.AddDays(2));
        var old = await given.HeldSessionAsync(pair, daysAgo: 20);
        var mentee = await pair.Mentee.SignInAsync();
        var early = await mentee.PutAsJsonAsync($"/api/v1/sessions/{coming.Id}/rating", new { score = 4 }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var late = await mentee.PutAsJsonAsync($"/api/v1/sessions/{old.Id}/rating", new { score = 4 }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.SessionRatings.CountAsync(Ct)));
        Assert.DoesNotContain("Rate your session with", await mentee.GetStringAsync("/", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinators_see_ratings_only_once_five_people_answered_and_named_answers_with_their_name()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pairs = new List<GivenPair>();
        for (var i = 0; i < 5; i++) pairs.Add(await given.PairAsync(programme));
        var sessions = new List<GivenSession>();
        foreach (var p in pairs) sessions.Add(await given.HeldSessionAsync(p, daysAgo: 3));
        for (var i = 0; i < 4; i++) await given.SessionRatingAsync(sessions[i], pairs[i].Mentee, 4, comment: $"Secret comment {i}");
        await given.SessionRatingAsync(sessions[0], pairs[0].Mentor, 2, comment: "Named and honest", named: true);
        var coordinator = await programme.Coordinator.SignInAsync();

        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{programme.Id}/Surveys", Ct));
        Assert.Contains("Fewer than 5 answers", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret comment", page, StringComparison.Ordinal);
        Assert.Contains("Named and honest", page, StringComparison.Ordinal);
        Assert.Contains(pairs[0].Mentor.Name, page, StringComparison.Ordinal);
        foreach (var p in pairs) Assert.DoesNotContain(p.Mentee.Name, page, StringComparison.Ordinal);

        await given.SessionRatingAsync(sessions[4], pairs[4].Mentee, 5);
        page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{programme.Id}/Surveys", Ct));
        Assert.Contains("<td data-v=\"4\" data-series=\"Ratings\">4</td>", page, StringComparison.Ordinal);
        Assert.Contains("Secret comment 3", page, StringComparison.Ordinal);
        foreach (var p in pairs) Assert.DoesNotContain(p.Mentee.Name, page, StringComparison.Ordinal);

        var api = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{programme.Id}/surveys", Ct);
        var mentees = api.GetProperty("sessionRatings")[0].GetProperty("unnamed");
        Assert.True(mentees.GetProperty("shown").GetBoolean());
        Assert.Equal(4.2, mentees.GetProperty("average").GetDouble());
        var mentors = api.GetProperty("sessionRatings")[1];
        Assert.False(mentors.GetProperty("unnamed").GetProperty("shown").GetBoolean());
        Assert.Equal(pairs[0].Mentor.Name, mentors.GetProperty("named")[0].GetProperty("name").GetString());

        // The coordinator of another programme, and the pair themselves, are refused the results.
        var other = await given.ProgrammeAsync();
        var stranger = await other.Coordinator.SignInAsync();
        Assert.Contains((await stranger.GetAsync($"/api/v1/programmes/{programme.Id}/surveys", Ct)).StatusCode, Refused);
        var mentee = await pairs[0].Mentee.SignInAsync();
        Assert.Contains((await mentee.GetAsync($"/Programmes/{programme.Id}/Surveys", Ct)).StatusCode, Refused);
        // A coordinator never reads one person's rating of a session.
        Assert.Contains((await coordinator.GetAsync($"/api/v1/sessions/{sessions[0].Id}/rating", Ct)).StatusCode, Refused);
    }

    [Fact]
    public async Task Low_recent_ratings_put_a_pair_on_watch_on_the_health_page_without_a_number_or_a_comment()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme);
        await given.GoalAsync(pair.Mentee, "Ship the portfolio site");
        var first = await given.HeldSessionAsync(pair, daysAgo: 8);
        var second = await given.HeldSessionAsync(pair, daysAgo: 1);
        await given.SessionRatingAsync(first, pair.Mentee, 2, comment: "He keeps cancelling");
        await given.SessionRatingAsync(second, pair.Mentee, 1);
        var coordinator = await programme.Coordinator.SignInAsync();
        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{programme.Id}/Health", Ct));
        Assert.Contains("Recent session ratings are low", page, StringComparison.Ordinal);
        Assert.DoesNotContain("He keeps cancelling", page, StringComparison.Ordinal);
        var api = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{programme.Id}/health", Ct);
        var reasons = api.GetProperty("pairs")[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("signal").GetString()).ToList();
        Assert.Contains(nameof(HealthSignal.SessionRatings), reasons);
    }
}
