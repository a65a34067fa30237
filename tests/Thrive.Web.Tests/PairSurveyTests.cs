using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Surveys;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// The relationship pulse (due 30 days after the pair started, then every 28) and the end-of-programme survey: answered
/// from the home page's next step, the page and the API, changed while open, refused out of range with field errors;
/// what coordinators see of them (wholes of at least five people, or named, and the Net Promoter Score).
/// </summary>
public sealed class PairSurveyTests : WebTest
{
    private static readonly HttpStatusCode[] Refused = [HttpStatusCode.Forbidden, HttpStatusCode.NotFound];

    private static PairSurveyAnswer.Answers Pulse(int working, MeetingAsPlanned meeting = MeetingAsPlanned.Yes, string comment = "", bool named = false) =>
        new(working, meeting, null, null, null, comment, named);

    private static PairSurveyAnswer.Answers End(int recommend, GoalsMet goals = GoalsMet.Most, bool again = true, string comment = "", bool named = false) =>
        new(null, null, goals, again, recommend, comment, named);

    [Fact]
    public async Task A_mentee_answers_the_pulse_from_the_home_page_changes_it_and_the_step_goes_away()
    {
        var given = Given.In(App);
        var pair = await given.PairAsync(await given.ProgrammeAsync(week: 6)); // started 38 days ago: round 1 is open
        var mentee = await pair.Mentee.SignInAsync();

        var home = WebUtility.HtmlDecode(await mentee.GetStringAsync("/", Ct));
        Assert.Contains($"How is your relationship with {pair.Mentor.Name} going?", home, StringComparison.Ordinal);
        Assert.Contains($"/Pairs/{pair.Id}/Pulse", home, StringComparison.Ordinal);

        var saved = await ThriveApp.PostFormAsync(mentee, $"/Pairs/{pair.Id}/Pulse",
            new() { ["Answer.Working"] = "4", ["Answer.Meeting"] = "Partly", ["Answer.Comment"] = "We skipped a week", ["Answer.Named"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("How is your relationship with", WebUtility.HtmlDecode(await mentee.GetStringAsync("/", Ct)), StringComparison.Ordinal);
        await ThriveApp.PostFormAsync(mentee, $"/Pairs/{pair.Id}/Pulse", new() { ["Answer.Working"] = "5", ["Answer.Meeting"] = "Yes" });
        var stored = await App.WithDbAsync(db => db.PairSurveyAnswers.SingleAsync(Ct));
        Assert.Equal((1, 5, MeetingAsPlanned.Yes, RaterSide.Mentee), (stored.Round, stored.Working!.Value, stored.Meeting!.Value, stored.Side));

        // The mentor still has the step and never reads the mentee's answers.
        var mentor = await pair.Mentor.SignInAsync();
        Assert.Contains("How is your relationship with", WebUtility.HtmlDecode(await mentor.GetStringAsync("/", Ct)), StringComparison.Ordinal);
        var theirs = await mentor.GetFromJsonAsync<JsonElement>($"/api/v1/pairs/{pair.Id}/pulse", Ct);
        Assert.Equal(JsonValueKind.Null, theirs.GetProperty("working").ValueKind);
        Assert.Equal(1, theirs.GetProperty("round").GetInt32());
        Assert.True(theirs.GetProperty("open").GetBoolean());

        // Four weeks later round 2 opens, and asks again.
        App.Clock.Advance(TimeSpan.FromDays(PulseSchedule.EveryDays));
        mentee = await pair.Mentee.SignInAsync();
        Assert.Contains("How is your relationship with", WebUtility.HtmlDecode(await mentee.GetStringAsync("/", Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await mentee.PutAsJsonAsync($"/api/v1/pairs/{pair.Id}/pulse", new { working = 3, meeting = "No" }, Ct)).StatusCode);
        Assert.Equal([1, 2], await App.WithDbAsync(db => db.PairSurveyAnswers.OrderBy(a => a.Round).Select(a => a.Round).ToListAsync(Ct)));
    }

    [Fact]
    public async Task Before_day_30_the_pulse_is_not_asked_and_an_answer_is_a_conflict()
    {
        var given = Given.In(App);
        var pair = await given.PairAsync(await given.ProgrammeAsync(week: 2));
        var mentee = await pair.Mentee.SignInAsync();
        Assert.DoesNotContain("How is your relationship with", WebUtility.HtmlDecode(await mentee.GetStringAsync("/", Ct)), StringComparison.Ordinal);
        Assert.Contains("The first pulse opens", WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Pairs/{pair.Id}/Pulse", Ct)), StringComparison.Ordinal);
        var put = await mentee.PutAsJsonAsync($"/api/v1/pairs/{pair.Id}/pulse", new { working = 4, meeting = "Yes" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, put.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.PairSurveyAnswers.CountAsync(Ct)));
    }

    [Fact]
    public async Task Answers_out_of_range_are_refused_beside_their_fields_and_with_a_problem_on_the_api_and_nothing_is_saved()
    {
        var given = Given.In(App);
        var pair = await given.PairAsync(await given.ProgrammeAsync(week: 6));
        var mentee = await pair.Mentee.SignInAsync();

        var form = await ThriveApp.PostFormAsync(mentee, $"/Pairs/{pair.Id}/Pulse", new() { ["Answer.Working"] = "9", ["Answer.Comment"] = "x" });
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var html = WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync(Ct));
        Assert.Contains("The answer must be between 1 and 5.", html, StringComparison.Ordinal);
        Assert.Contains("Say whether you are meeting as often as you planned.", html, StringComparison.Ordinal);

        var put = await mentee.PutAsJsonAsync($"/api/v1/pairs/{pair.Id}/end-survey", new { goalsMet = "All", again = true, recommend = 11 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        Assert.True((await put.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("Recommend", out _));
        var endForm = await ThriveApp.PostFormAsync(mentee, $"/Pairs/{pair.Id}/EndSurvey", new() { ["Answer.Recommend"] = "3" });
        Assert.Contains("Say how many of your goals you met.", WebUtility.HtmlDecode(await endForm.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.PairSurveyAnswers.CountAsync(Ct)));

        Assert.Equal(HttpStatusCode.NoContent, (await mentee.PutAsJsonAsync($"/api/v1/pairs/{pair.Id}/end-survey", new { goalsMet = "Some", again = false, recommend = 6 }, Ct)).StatusCode);
        var mine = await mentee.GetFromJsonAsync<JsonElement>($"/api/v1/pairs/{pair.Id}/end-survey", Ct);
        Assert.Equal(("Some", 6), (mine.GetProperty("goalsMet").GetString(), mine.GetProperty("recommend").GetInt32()));
    }

    [Fact]
    public async Task Coordinators_see_pulse_and_end_results_only_from_five_people_or_named_with_the_net_promoter_score()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 6);
        var pairs = new List<GivenPair>();
        for (var i = 0; i < 5; i++) pairs.Add(await given.PairAsync(programme));
        for (var i = 0; i < 4; i++) await given.PairSurveyAnswerAsync(pairs[i], pairs[i].Mentee, SurveyKind.Pulse, Pulse(4, comment: $"Secret pulse {i}"));
        await given.PairSurveyAnswerAsync(pairs[0], pairs[0].Mentor, SurveyKind.Pulse, Pulse(2, MeetingAsPlanned.No, "Named and worried", named: true));
        int[] recommend = [10, 9, 8, 3, 10];
        for (var i = 0; i < 5; i++) await given.PairSurveyAnswerAsync(pairs[i], pairs[i].Mentee, SurveyKind.End, End(recommend[i], comment: $"End words {i}"));
        var coordinator = await programme.Coordinator.SignInAsync();

        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{programme.Id}/Surveys", Ct));
        Assert.Contains("Relationship pulse", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret pulse", page, StringComparison.Ordinal);
        Assert.Contains("4 people so far", page, StringComparison.Ordinal);
        Assert.Contains("Named and worried", page, StringComparison.Ordinal);
        Assert.Contains("End words 3", page, StringComparison.Ordinal);
        Assert.Contains("3 promoters (9 or 10), 1 passives (7 or 8) and 1 detractors (0 to 6) of 5 answers", page, StringComparison.Ordinal);
        foreach (var p in pairs) Assert.DoesNotContain(p.Mentee.Name, page, StringComparison.Ordinal);

        await given.PairSurveyAnswerAsync(pairs[4], pairs[4].Mentee, SurveyKind.Pulse, Pulse(5));
        var api = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{programme.Id}/surveys", Ct);
        var pulse = api.GetProperty("pulse");
        Assert.True(pulse.GetProperty("shown").GetBoolean());
        Assert.Equal(4.2, pulse.GetProperty("questions")[0].GetProperty("unnamed").GetProperty("average").GetDouble());
        Assert.Equal([5, 0, 0], pulse.GetProperty("questions")[1].GetProperty("unnamed").GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()).ToArray());
        Assert.Equal(pairs[0].Mentor.Name, pulse.GetProperty("named")[0].GetProperty("name").GetString());
        Assert.Equal(40, api.GetProperty("end").GetProperty("nps").GetProperty("value").GetInt32());

        // The coordinator of another programme and the pair are refused the results; the coordinator never reads one person's answers.
        var stranger = await (await given.ProgrammeAsync()).Coordinator.SignInAsync();
        Assert.Contains((await stranger.GetAsync($"/api/v1/programmes/{programme.Id}/surveys", Ct)).StatusCode, Refused);
        var mentee = await pairs[0].Mentee.SignInAsync();
        Assert.Contains((await mentee.GetAsync($"/Programmes/{programme.Id}/Surveys", Ct)).StatusCode, Refused);
        Assert.Contains((await mentee.GetAsync($"/Pairs/{pairs[1].Id}/Pulse", Ct)).StatusCode, Refused);
        Assert.Contains((await coordinator.GetAsync($"/api/v1/pairs/{pairs[0].Id}/pulse", Ct)).StatusCode, Refused);
    }

    [Fact]
    public async Task The_end_survey_is_a_next_step_in_the_last_phase_and_stays_open_a_month_after_the_pair_completed()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 11, lengthWeeks: 12);
        var pair = await given.PairAsync(programme);
        var mentor = await pair.Mentor.SignInAsync();
        var home = WebUtility.HtmlDecode(await mentor.GetStringAsync("/", Ct));
        Assert.Contains($"/Pairs/{pair.Id}/EndSurvey", home, StringComparison.Ordinal);
        Assert.Contains($"/Pairs/{pair.Id}/EndSurvey", await mentor.GetStringAsync($"/Pairs/{pair.Id}/Close", Ct), StringComparison.Ordinal);
        var saved = await ThriveApp.PostFormAsync(mentor, $"/Pairs/{pair.Id}/EndSurvey",
            new() { ["Answer.GoalsMet"] = "All", ["Answer.Again"] = "true", ["Answer.Recommend"] = "9" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain($"/Pairs/{pair.Id}/EndSurvey", WebUtility.HtmlDecode(await mentor.GetStringAsync("/", Ct)), StringComparison.Ordinal);

        await App.WithDbAsync(async db =>
        {
            var p = await db.Pairs.SingleAsync(x => x.Id == pair.Id, Ct);
            Assert.True(p.Complete(given.Now).Succeeded);
            return await db.SaveChangesAsync(Ct);
        });
        Assert.Equal(HttpStatusCode.NoContent, (await mentor.PutAsJsonAsync($"/api/v1/pairs/{pair.Id}/end-survey", new { goalsMet = "Most", again = true, recommend = 8 }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await mentor.PutAsJsonAsync($"/api/v1/pairs/{pair.Id}/pulse", new { working = 4, meeting = "Yes" }, Ct)).StatusCode);
        App.Clock.Advance(TimeSpan.FromDays(PairSurveyAnswer.EndOpenDays + 1));
        mentor = await pair.Mentor.SignInAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await mentor.PutAsJsonAsync($"/api/v1/pairs/{pair.Id}/end-survey", new { goalsMet = "All", again = true, recommend = 10 }, Ct)).StatusCode);
        Assert.Equal(8, await App.WithDbAsync(db => db.PairSurveyAnswers.Select(a => a.Recommend).SingleAsync(Ct)));
    }
}
