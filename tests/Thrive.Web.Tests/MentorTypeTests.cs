using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Matching;
using Thrive.Domain.MentorTypes;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class MentorTypeTests : WebTest
{
    /// <summary>Yes to exactly the questions of the given types.</summary>
    private static bool[] YesTo(params MentorType[] types) => MentorTypeQuiz.Questions.Select(q => types.Contains(q.Type)).ToArray();

    private static Dictionary<string, string> Form(IReadOnlyList<bool?> answers) =>
        answers.Select((a, i) => (a, i)).Where(x => x.a is not null).ToDictionary(x => $"Input.Answers[{x.i}]", x => x.a!.Value ? "true" : "false");

    private Task<int> TakenAsync(GivenPerson who, params MentorType[] yesTo) => App.WithDbAsync(async db =>
    {
        db.MentorTypeResults.Add(MentorTypeResult.Take(who.Id, YesTo(yesTo).Select(a => (bool?)a).ToList(), DateTimeOffset.UtcNow).Value!);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_mentee_takes_the_quiz_on_the_page_sees_each_types_share_and_retakes_it()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var mentee = await given.MenteeAsync(programme, "Ayesha Khan");
        var client = await mentee.SignInAsync();

        var first = await client.GetStringAsync("/MentorType", Ct);
        Assert.Contains("the mentor you would like", first, StringComparison.OrdinalIgnoreCase);
        var form = WebUtility.HtmlDecode(await client.GetStringAsync("/MentorType/Take", Ct));
        Assert.Contains("Answer each one as you would like", form, StringComparison.Ordinal);
        Assert.Equal(30, form.Split("<fieldset", StringSplitOptions.None).Length - 1);

        var posted = await ThriveApp.PostFormAsync(client, "/MentorType/Take", Form(YesTo(MentorType.Coach).Select(a => (bool?)a).ToList()));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/MentorType", posted.Headers.Location?.OriginalString);
        var result = WebUtility.HtmlDecode(await client.GetStringAsync("/MentorType", Ct));
        Assert.Contains("You would like a mentor who is", result, StringComparison.Ordinal);
        Assert.Contains("5 of 5", result, StringComparison.Ordinal);   // coach: five questions
        Assert.Contains("0 of 6", result, StringComparison.Ordinal);   // challenger: six
        Assert.Contains("/MentorType/Types#type-coach", result, StringComparison.Ordinal);

        var again = await ThriveApp.PostFormAsync(client, "/MentorType/Take", Form(YesTo(MentorType.Sponsor, MentorType.Advisor).Select(a => (bool?)a).ToList()));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var kept = await App.WithDbAsync(db => db.MentorTypeResults.Where(r => r.UserId == mentee.Id).ToListAsync());
        Assert.Equal([MentorType.Advisor, MentorType.Sponsor], Assert.Single(kept).Scores.Top); // the latest answers replace the earlier ones
        Assert.Contains("Would like a mentor who is", await client.GetStringAsync("/Account/Profile", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unanswered_question_is_named_beside_it_and_nothing_is_saved()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var mentor = await given.MentorAsync(programme);
        var client = await mentor.SignInAsync();
        var answers = YesTo(MentorType.Coach).Select(a => (bool?)a).ToArray();
        answers[6] = null;

        var refused = await ThriveApp.PostFormAsync(client, "/MentorType/Take", Form(answers));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var body = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Answer question 7 with yes or no.", body, StringComparison.Ordinal);
        Assert.Contains("id=\"q-7-error\"", body, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", body, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.MentorTypeResults.AnyAsync(r => r.UserId == mentor.Id)));
    }

    [Fact]
    public async Task The_api_takes_the_quiz_answers_the_latest_result_and_refuses_bad_sheets_with_problem_details()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var mentor = await given.MentorAsync(programme);
        var client = await mentor.SignInAsync();
        using (var none = JsonDocument.Parse(await client.GetStringAsync("/api/v1/me/mentor-type", Ct)))
            Assert.Equal(JsonValueKind.Null, none.RootElement.GetProperty("latest").ValueKind);

        var put = await client.PutAsJsonAsync("/api/v1/me/mentor-type", new { answers = YesTo(MentorType.Challenger, MentorType.Connector) }, Ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        using (var me = JsonDocument.Parse(await client.GetStringAsync("/api/v1/me/mentor-type", Ct)))
        {
            var doc = me.RootElement.GetProperty("latest");
            Assert.Equal(["Connector", "Challenger"], doc.GetProperty("top").EnumerateArray().Select(t => t.GetString()));
            var challenger = doc.GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("type").GetString() == "Challenger");
            Assert.Equal((6, 6, 1.0), (challenger.GetProperty("yes").GetInt32(), challenger.GetProperty("questions").GetInt32(), challenger.GetProperty("share").GetDouble()));
            Assert.Equal(30, doc.GetProperty("answers").GetArrayLength());
        }

        var short_ = await client.PutAsJsonAsync("/api/v1/me/mentor-type", new { answers = new[] { true, false } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, short_.StatusCode);
        Assert.Equal("application/problem+json", short_.Content.Headers.ContentType?.MediaType);
        var gaps = YesTo(MentorType.Coach).Select(a => (bool?)a).ToArray();
        gaps[3] = null;
        var gap = await client.PutAsJsonAsync("/api/v1/me/mentor-type", new { answers = gaps }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, gap.StatusCode);
        Assert.Contains("Answers[3]", await gap.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PutAsJsonAsync("/api/v1/me/mentor-type", new { answers = (bool[]?)null }, Ct)).StatusCode);
        var kept = await App.WithDbAsync(db => db.MentorTypeResults.SingleAsync(r => r.UserId == mentor.Id));
        Assert.Equal([MentorType.Connector, MentorType.Challenger], kept.Scores.Top); // nothing half-written
    }

    [Fact]
    public async Task Only_mentors_and_mentees_take_the_quiz()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var coordinator = await programme.Coordinator.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/MentorType/Take", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PutAsJsonAsync("/api/v1/me/mentor-type", new { answers = YesTo(MentorType.Coach) }, Ct)).StatusCode);
        Assert.Contains("once you have a place in a programme", await coordinator.GetStringAsync("/MentorType", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_partner_and_the_coordinator_see_the_badge_on_the_pair_page_and_another_pair_does_not()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme);
        var other = await given.PairAsync(programme);
        await TakenAsync(pair.Mentor, MentorType.Challenger);
        await TakenAsync(pair.Mentee, MentorType.Affirmer);

        foreach (var reader in new[] { pair.Mentee, pair.Mentor, programme.Coordinator })
        {
            var page = await (await reader.SignInAsync()).GetStringAsync($"/Pairs/{pair.Id}", Ct);
            Assert.Contains("/MentorType/Types#type-challenger", page, StringComparison.Ordinal);
            Assert.Contains("/MentorType/Types#type-affirmer", page, StringComparison.Ordinal);
        }
        var outsider = await other.Mentor.SignInAsync();
        var refused = await outsider.GetAsync($"/Pairs/{pair.Id}", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("type-challenger", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("badge-mentor-type", await outsider.GetStringAsync($"/Pairs/{other.Id}", Ct), StringComparison.Ordinal); // nobody there took it
    }

    [Fact]
    public async Task Matching_weighs_the_mentor_type_and_says_no_quiz_yet_for_who_has_not_taken_it()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 1);
        var coach = await given.MentorAsync(programme, "Sanne Bakker", capacity: 1);
        var sponsor = await given.MentorAsync(programme, "Bram de Vries", capacity: 1);
        var wantsCoach = await given.MenteeAsync(programme, "Ayesha Khan");
        await given.MenteeAsync(programme, "Nandi Zulu"); // no quiz yet
        await TakenAsync(coach, MentorType.Coach);
        await TakenAsync(sponsor, MentorType.Sponsor);
        await TakenAsync(wantsCoach, MentorType.Coach);
        var coordinator = await programme.Coordinator.SignInAsync();
        var weights = new { stack = "NotImportant", focus = "NotImportant", experience = "NotImportant", timeZone = "NotImportant", interests = "NotImportant", mentorType = "Very", objective = "MostPeople" };
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PutAsJsonAsync($"/api/v1/programmes/{programme.Id}/matching/weights", weights, Ct)).StatusCode);
        Assert.Equal(Importance.Very, (await App.WithDbAsync(db => db.MatchingSettings.SingleAsync(s => s.ProgrammeId == programme.Id))).MentorType);

        using var doc = JsonDocument.Parse(await coordinator.GetStringAsync($"/api/v1/programmes/{programme.Id}/matching", Ct));
        Assert.Equal("Very", doc.RootElement.GetProperty("weights").GetProperty("mentorType").GetString());
        var pairs = doc.RootElement.GetProperty("pairs").EnumerateArray().ToList();
        var ayesha = pairs.Single(p => p.GetProperty("mentee").GetProperty("id").GetGuid() == wantsCoach.Id);
        Assert.Equal(coach.Id, ayesha.GetProperty("mentor").GetProperty("id").GetGuid());
        Assert.Equal(100, ayesha.GetProperty("score").GetInt32());
        var nandi = pairs.Single(p => p.GetProperty("mentee").GetProperty("id").GetGuid() != wantsCoach.Id);
        var factor = nandi.GetProperty("factors").EnumerateArray().Single(f => f.GetProperty("factor").GetString() == "MentorType");
        Assert.Equal(0, factor.GetProperty("points").GetInt32());
        Assert.Contains("no quiz yet", factor.GetProperty("why").GetString(), StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{programme.Id}/Matching", Ct));
        Assert.Contains("Mentor type: 100 of 100 points", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Very\" selected=\"selected\">", page, StringComparison.Ordinal);
    }
}
