using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Surveys;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// A programme's own survey questions: coordinators add, edit while unanswered, reorder and retire them on the page and
/// the API (nobody else may); members answer them after the standard questions, checked per type with nothing saved on
/// a refusal; the results show them on the same rule as the standard questions (five people, or named).
/// </summary>
public sealed class SurveyQuestionTests : WebTest
{
    private static readonly HttpStatusCode[] Refused = [HttpStatusCode.Forbidden, HttpStatusCode.NotFound];

    private static PairSurveyAnswer.Answers Pulse(int working, bool named = false) => new(working, MeetingAsPlanned.Yes, null, null, null, "", named);

    private static string Questions(GivenProgramme p) => $"/Programmes/{p.Id}/Surveys/Questions";

    [Fact]
    public async Task A_coordinator_adds_edits_reorders_and_retires_questions_with_messages_beside_the_fields()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 6);
        var coordinator = await programme.Coordinator.SignInAsync();

        var empty = WebUtility.HtmlDecode(await coordinator.GetStringAsync(Questions(programme), Ct));
        Assert.Contains("No questions of your own yet", empty, StringComparison.Ordinal);
        Assert.Contains("How well is the relationship working?", empty, StringComparison.Ordinal);
        Assert.Contains(Questions(programme), WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{programme.Id}", Ct)), StringComparison.Ordinal);
        Assert.Contains(Questions(programme), WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{programme.Id}/Surveys", Ct)), StringComparison.Ordinal);

        // Empty and too long text are refused beside the field; nothing is added.
        var blank = await ThriveApp.PostFormAsync(coordinator, Questions(programme), new() { ["Input.Kind"] = "Pulse", ["Input.Text"] = " ", ["Input.AnswerType"] = "Scale" });
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("The question is required.", WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var tooLong = await ThriveApp.PostFormAsync(coordinator, Questions(programme), new() { ["Input.Kind"] = "Pulse", ["Input.Text"] = new string('a', 201), ["Input.AnswerType"] = "Scale" });
        Assert.Contains("The question must be at most 200 characters", WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.SurveyQuestions.CountAsync(Ct)));

        var added = await ThriveApp.PostFormAsync(coordinator, Questions(programme),
            new() { ["Input.Kind"] = "Pulse", ["Input.Text"] = "Do you feel heard?", ["Input.AnswerType"] = "Scale", ["Input.Required"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var api = $"/api/v1/programmes/{programme.Id}/surveys/questions";
        var second = await coordinator.PostAsJsonAsync(api, new { kind = "Pulse", text = "What would help most?", answerType = "FreeText", required = false }, Ct);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var secondId = (await second.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var list = await coordinator.GetFromJsonAsync<JsonElement>(api, Ct);
        Assert.Equal(["Do you feel heard?", "What would help most?"], list.GetProperty("pulse").EnumerateArray().Select(q => q.GetProperty("text").GetString()!).ToArray());
        var firstId = list.GetProperty("pulse")[0].GetProperty("id").GetGuid();

        // Moved up on the page, reworded on the API while unanswered.
        var moved = await ThriveApp.PostFormAsync(coordinator, $"{Questions(programme)}?handler=Move&questionId={secondId}", new() { ["position"] = "1" }, Questions(programme));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsJsonAsync($"{api}/{secondId}/move", new { position = 7 }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PutAsJsonAsync($"{api}/{firstId}", new { text = "Do you feel listened to?", answerType = "ZeroToTen", required = true }, Ct)).StatusCode);
        var edited = await ThriveApp.PostFormAsync(coordinator, $"{Questions(programme)}?handler=Edit&questionId={firstId}", new() { ["Edit.Text"] = "", ["Edit.AnswerType"] = "Scale" }, Questions(programme));
        Assert.Contains("The question is required.", WebUtility.HtmlDecode(await edited.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        list = await coordinator.GetFromJsonAsync<JsonElement>(api, Ct);
        Assert.Equal([("What would help most?", 1), ("Do you feel listened to?", 2)],
            list.GetProperty("pulse").EnumerateArray().Select(q => (q.GetProperty("text").GetString(), q.GetProperty("position").GetInt32())).ToArray());

        // Once answered, its wording stays; required can still change; retired, it is no longer asked.
        var pair = await given.PairAsync(programme);
        await given.PairSurveyAnswerAsync(pair, pair.Mentee, SurveyKind.Pulse, Pulse(4), [(firstId, 8, null)]);
        var reworded = await coordinator.PutAsJsonAsync($"{api}/{firstId}", new { text = "Something else?", answerType = "ZeroToTen", required = true }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, reworded.StatusCode);
        Assert.Equal("question_answered", (await reworded.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PutAsJsonAsync($"{api}/{firstId}", new { text = "Do you feel listened to?", answerType = "ZeroToTen", required = false }, Ct)).StatusCode);
        Assert.Contains("has answered this question", WebUtility.HtmlDecode(await coordinator.GetStringAsync(Questions(programme), Ct)), StringComparison.Ordinal);
        var retired = await ThriveApp.PostFormAsync(coordinator, $"{Questions(programme)}?handler=Retire&questionId={firstId}", new(), Questions(programme));
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsync($"{api}/{firstId}/retire", null, Ct)).StatusCode);
        var mentee = await pair.Mentee.SignInAsync();
        var pulse = await mentee.GetFromJsonAsync<JsonElement>($"/api/v1/pairs/{pair.Id}/pulse", Ct);
        Assert.Equal([secondId], pulse.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetGuid()).ToArray());
        Assert.Contains("Retired: no longer asked", WebUtility.HtmlDecode(await coordinator.GetStringAsync(Questions(programme), Ct)), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.SurveyQuestionAnswers.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_survey_asks_at_most_ten_questions_of_the_programmes_own()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        for (var i = 0; i < SurveyQuestion.MaxActivePerSurvey; i++) await given.SurveyQuestionAsync(programme, SurveyKind.End, $"Question {i}?", SurveyAnswerType.YesNo, position: i + 1);
        var coordinator = await programme.Coordinator.SignInAsync();
        var page = await ThriveApp.PostFormAsync(coordinator, Questions(programme), new() { ["Input.Kind"] = "End", ["Input.Text"] = "Eleventh?", ["Input.AnswerType"] = "YesNo" });
        Assert.Contains("A survey asks at most 10 questions of your own; retire one first.", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var api = await coordinator.PostAsJsonAsync($"/api/v1/programmes/{programme.Id}/surveys/questions", new { kind = "End", text = "Eleventh?", answerType = "YesNo" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.True((await api.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("Text", out _));
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync($"/api/v1/programmes/{programme.Id}/surveys/questions", new { kind = "Pulse", text = "Pulse has room?", answerType = "Scale" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Members_answer_the_programmes_questions_after_the_standard_ones_and_an_answer_out_of_range_saves_nothing()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 6);
        var scale = await given.SurveyQuestionAsync(programme, SurveyKind.Pulse, "How clear are your next steps?", SurveyAnswerType.Scale, position: 1);
        var words = await given.SurveyQuestionAsync(programme, SurveyKind.Pulse, "What would help most?", SurveyAnswerType.FreeText, required: false, position: 2);
        var pair = await given.PairAsync(programme);
        var mentee = await pair.Mentee.SignInAsync();
        var url = $"/Pairs/{pair.Id}/Pulse";

        var form = WebUtility.HtmlDecode(await mentee.GetStringAsync(url, Ct));
        Assert.True(form.IndexOf("Are you meeting as often as you planned?", StringComparison.Ordinal) < form.IndexOf("How clear are your next steps?", StringComparison.Ordinal));
        Assert.Contains("What would help most? (optional)", form, StringComparison.Ordinal);

        var refused = await ThriveApp.PostFormAsync(mentee, url, new()
        {
            ["Answer.Working"] = "4", ["Answer.Meeting"] = "Yes",
            ["Answer.Custom[0].QuestionId"] = scale.ToString(), ["Answer.Custom[0].Number"] = "9",
            ["Answer.Custom[1].QuestionId"] = words.ToString(), ["Answer.Custom[1].Text"] = "More time",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The answer must be between 1 and 5.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var missing = await mentee.PutAsJsonAsync($"/api/v1/pairs/{pair.Id}/pulse", new { working = 4, meeting = "Yes", custom = new[] { new { questionId = words, text = "More time" } } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("Custom[0]", out _));
        var stranger = await mentee.PutAsJsonAsync($"/api/v1/pairs/{pair.Id}/pulse", new { working = 4, meeting = "Yes", custom = new[] { new { questionId = scale, number = 3 }, new { questionId = Guid.NewGuid(), number = 3 } } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.PairSurveyAnswers.CountAsync(Ct) ));
        Assert.Equal(0, await App.WithDbAsync(db => db.SurveyQuestionAnswers.CountAsync(Ct)));

        var saved = await ThriveApp.PostFormAsync(mentee, url, new()
        {
            ["Answer.Working"] = "4", ["Answer.Meeting"] = "Yes",
            ["Answer.Custom[0].QuestionId"] = scale.ToString(), ["Answer.Custom[0].Number"] = "2",
            ["Answer.Custom[1].QuestionId"] = words.ToString(), ["Answer.Custom[1].Text"] = "  More time  ",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await App.WithDbAsync(db => db.SurveyQuestionAnswers.OrderBy(a => a.Number == null).Select(a => new { a.QuestionId, a.Number, a.Text }).ToListAsync(Ct));
        Assert.Equal([(scale, (int?)2, ""), (words, null, "More time")], stored.Select(a => (a.QuestionId, a.Number, a.Text)).ToArray());

        // Changed on the API: the scale answer is updated and the optional one, left blank, goes.
        Assert.Equal(HttpStatusCode.NoContent, (await mentee.PutAsJsonAsync($"/api/v1/pairs/{pair.Id}/pulse", new { working = 5, meeting = "Yes", custom = new[] { new { questionId = scale, number = 5 } } }, Ct)).StatusCode);
        var mine = await mentee.GetFromJsonAsync<JsonElement>($"/api/v1/pairs/{pair.Id}/pulse", Ct);
        Assert.Equal((5, ""), (mine.GetProperty("questions")[0].GetProperty("number").GetInt32(), mine.GetProperty("questions")[1].GetProperty("answer").GetString()));
        Assert.Equal(1, await App.WithDbAsync(db => db.SurveyQuestionAnswers.CountAsync(Ct)));
        Assert.Equal(1, await App.WithDbAsync(db => db.PairSurveyAnswers.CountAsync(Ct)));
    }

    [Fact]
    public async Task Results_show_each_question_only_from_five_people_or_named()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 6);
        var again = await given.SurveyQuestionAsync(programme, SurveyKind.Pulse, "Would you pick the same mentor?", SurveyAnswerType.YesNo, position: 1);
        var words = await given.SurveyQuestionAsync(programme, SurveyKind.Pulse, "What would help most?", SurveyAnswerType.FreeText, required: false, position: 2);
        var pairs = new List<GivenPair>();
        for (var i = 0; i < 5; i++) pairs.Add(await given.PairAsync(programme));
        for (var i = 0; i < 4; i++)
            await given.PairSurveyAnswerAsync(pairs[i], pairs[i].Mentee, SurveyKind.Pulse, Pulse(4), [(again, i == 0 ? 0 : 1, null), (words, null, $"Secret wish {i}")]);
        await given.PairSurveyAnswerAsync(pairs[0], pairs[0].Mentor, SurveyKind.Pulse, Pulse(3, named: true), [(again, 1, null), (words, null, "Named wish")]);
        var coordinator = await programme.Coordinator.SignInAsync();

        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{programme.Id}/Surveys", Ct));
        Assert.Contains("Would you pick the same mentor?", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret wish", page, StringComparison.Ordinal);
        Assert.Contains("Named wish", page, StringComparison.Ordinal);
        Assert.Contains("4 people so far", page, StringComparison.Ordinal);

        await given.PairSurveyAnswerAsync(pairs[4], pairs[4].Mentee, SurveyKind.Pulse, Pulse(5), [(again, 1, null), (words, null, "Secret wish 4")]);
        var api = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{programme.Id}/surveys", Ct);
        var custom = api.GetProperty("pulse").GetProperty("custom");
        Assert.Equal(["Yes", "No"], custom[0].GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToArray());
        Assert.Equal([4, 1], custom[0].GetProperty("unnamed").GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()).ToArray());
        Assert.Equal(5, custom[1].GetProperty("unnamed").GetProperty("comments").GetArrayLength());
        Assert.Equal(pairs[0].Mentor.Name, custom[1].GetProperty("named")[0].GetProperty("name").GetString());
        page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{programme.Id}/Surveys", Ct));
        Assert.Contains("Secret wish 3", page, StringComparison.Ordinal);
        foreach (var p in pairs) Assert.DoesNotContain(p.Mentee.Name, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_programmes_coordinators_read_and_change_its_questions()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 6);
        var question = await given.SurveyQuestionAsync(programme, SurveyKind.End, "Would you mentor next year?", SurveyAnswerType.YesNo);
        var pair = await given.PairAsync(programme);
        var other = await given.ProgrammeAsync();
        var otherQuestion = await given.SurveyQuestionAsync(other, SurveyKind.End, "Theirs?", SurveyAnswerType.YesNo);
        var api = $"/api/v1/programmes/{programme.Id}/surveys/questions";
        foreach (var client in new[] { await other.Coordinator.SignInAsync(), await pair.Mentor.SignInAsync(), await pair.Mentee.SignInAsync() })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(api, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync(api, new { kind = "End", text = "Mine?", answerType = "YesNo" }, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"{api}/{question}", new { text = "Changed?", answerType = "YesNo" }, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"{api}/{question}/move", new { position = 1 }, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"{api}/{question}/retire", null, Ct)).StatusCode);
            Assert.Contains((await client.GetAsync($"/Programmes/{programme.Id}/Surveys/Questions", Ct)).StatusCode, Refused);
        }
        // A question of another programme is not found under this one, even for this programme's coordinator.
        var coordinator = await programme.Coordinator.SignInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsync($"{api}/{otherQuestion}/retire", null, Ct)).StatusCode);
        Assert.Equal(2, await App.WithDbAsync(db => db.SurveyQuestions.CountAsync(q => q.RetiredAt == null && q.Text != "Mine?", Ct)));
        Assert.Equal(2, await App.WithDbAsync(db => db.SurveyQuestions.CountAsync(Ct)));
    }
}
