using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Exams;
using Thrive.Web.Features.Common;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class ExamTests : WebTest
{
    /// <summary>Sipho (mentee, UTC) and his mentor; another pair's mentee; the programme's coordinator.</summary>
    private sealed record World(GivenPair Sipho, GivenPerson OtherMentee, GivenPerson Coordinator, Given Given);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var sipho = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Sipho Ndlovu"));
        return new World(sipho, (await given.PairAsync(programme)).Mentee, programme.Coordinator, given);
    }

    private DateOnly Today => Thrive.Domain.Common.TimeZones.LocalDate(App.Clock.GetUtcNow(), "UTC");

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Dictionary<string, string> ExamForm(string name = "AWS Certified Solutions Architect - Associate", int daysAhead = 40, string passing = "720",
        string[]? weights = null, string plan = "IAM\nVPC\nS3", string? voucher = null)
    {
        var f = new Dictionary<string, string>
        {
            ["Input.Provider"] = "Amazon Web Services", ["Input.Name"] = name, ["Input.Code"] = "SAA-C03", ["Input.ExamOn"] = Day(Today.AddDays(daysAhead)),
            ["Input.PassingScore"] = passing, ["Input.ScaleMin"] = "100", ["Input.ScaleMax"] = "1000", ["Input.StudyPlan"] = plan, ["Input.VoucherExpiresOn"] = voucher ?? "",
        };
        string[] names = ["Design Secure Architectures", "Design Resilient Architectures", "Design High-Performing Architectures", "Design Cost-Optimized Architectures"];
        var w = weights ?? ["30", "26", "24", "20"];
        for (var i = 0; i < names.Length; i++) { f[$"Input.Domains[{i}].Name"] = names[i]; f[$"Input.Domains[{i}].Weight"] = w[i]; }
        return f;
    }

    private Task<int> CountAsync<T>() where T : class => App.WithDbAsync(db => db.Set<T>().CountAsync());

    [Fact]
    public async Task A_mentee_sets_up_an_exam_from_a_template_logs_practice_and_study_and_reads_the_forecast_and_weakest_domain()
    {
        var world = await WorldAsync();
        var sipho = await world.Sipho.Mentee.SignInAsync();
        var coordinator = await world.Coordinator.SignInAsync();
        var programme = world.Sipho.Programme.Id;

        // The coordinator keeps the certification; the mentee's empty page offers it and the form starts from it.
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(coordinator, $"/Programmes/{programme}/ExamTemplates", new()
        {
            ["Input.Provider"] = "Amazon Web Services", ["Input.Name"] = "AWS Certified Solutions Architect - Associate", ["Input.Code"] = "SAA-C03",
            ["Input.PassingScore"] = "720", ["Input.ScaleMin"] = "100", ["Input.ScaleMax"] = "1000",
            ["Input.Domains[0].Name"] = "Design Secure Architectures", ["Input.Domains[0].Weight"] = "30", ["Input.Domains[1].Name"] = "Design Resilient Architectures", ["Input.Domains[1].Weight"] = "26",
            ["Input.Domains[2].Name"] = "Design High-Performing Architectures", ["Input.Domains[2].Weight"] = "24", ["Input.Domains[3].Name"] = "Design Cost-Optimized Architectures", ["Input.Domains[3].Weight"] = "20",
        })).StatusCode);
        var template = await App.WithDbAsync(db => db.ExamTemplates.Select(t => t.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await sipho.DeleteAsync($"/api/v1/programmes/{programme}/exam-templates/{template}", Ct)).StatusCode);
        Assert.Contains($"/Exam/Edit?template={template}", await sipho.GetStringAsync("/Exam", Ct), StringComparison.Ordinal);
        var form = WebUtility.HtmlDecode(await sipho.GetStringAsync($"/Exam/Edit?template={template}", Ct));
        Assert.Contains("value=\"Design Resilient Architectures\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"720\"", form, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(sipho, "/Exam/Edit", ExamForm())).StatusCode);
        var exam = await App.WithDbAsync(db => db.Exams.AsNoTracking().SingleAsync());
        Assert.Equal(72, exam.ThresholdPercent);
        var domains = exam.Domains.OrderBy(d => d.Position).ToList();
        Assert.Equal(4, domains.Count);

        // Four weekly practice tests rising 3 points a week; resilience stays lowest.
        await world.Given.PracticeTestAsync(exam, 51, 21, 55, 40, 55, 58);
        await world.Given.PracticeTestAsync(exam, 54, 14, 58, 44, 57, 60);
        await world.Given.PracticeTestAsync(exam, 57, 7, 60, 47, 60, 62);
        var logged = await ThriveApp.PostFormAsync(sipho, "/Exam?handler=Test", new()
        {
            ["Test.Percent"] = "60", ["Test.TakenOn"] = Day(Today), ["Test.Source"] = "Practice exam 4",
            ["Test.Scores[0].DomainId"] = domains[0].Id.ToString(), ["Test.Scores[0].Percent"] = "64", ["Test.Scores[1].DomainId"] = domains[1].Id.ToString(), ["Test.Scores[1].Percent"] = "50",
            ["Test.Scores[2].DomainId"] = domains[2].Id.ToString(), ["Test.Scores[2].Percent"] = "", ["Test.Scores[3].DomainId"] = domains[3].Id.ToString(),
        }, "/Exam");
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var study = await ThriveApp.PostFormAsync(sipho, "/Exam?handler=Study", new() { ["Study.DomainId"] = domains[1].Id.ToString(), ["Study.Minutes"] = "90", ["Study.StudiedOn"] = Day(Today) }, "/Exam");
        Assert.Equal(HttpStatusCode.Redirect, study.StatusCode);

        var html = WebUtility.HtmlDecode(await sipho.GetStringAsync("/Exam", Ct));
        Assert.Contains($"you pass the practice threshold of 72% around {Today.AddDays(28).ToString("d MMM", CultureInfo.InvariantCulture)}", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Weakest domain:</strong> Design Resilient Architectures", html, StringComparison.Ordinal);
        Assert.Contains("data-chart-lines=\"Threshold:72\"", html, StringComparison.Ordinal);
        Assert.Contains("1 h 30 min", html, StringComparison.Ordinal);
        Assert.Contains("(this week)", html, StringComparison.Ordinal);

        var api = await sipho.GetFromJsonAsync<JsonElement>("/api/v1/exam", Ct);
        Assert.Equal("Rising", api.GetProperty("forecast").GetProperty("kind").GetString());
        Assert.Equal(Day(Today.AddDays(28)), api.GetProperty("forecast").GetProperty("reachesOn").GetString());
        Assert.True(api.GetProperty("forecast").GetProperty("beforeExam").GetBoolean());
        Assert.Equal("Design Resilient Architectures", api.GetProperty("weakest").GetProperty("name").GetString());
        Assert.Equal(4, api.GetProperty("practiceTests").GetArrayLength());
        Assert.Equal(2, api.GetProperty("practiceTests")[3].GetProperty("scores").GetArrayLength()); // the blank domain was not scored
        Assert.Equal(90, api.GetProperty("exam").GetProperty("domains")[1].GetProperty("studyMinutes").GetInt32());
        Assert.Equal(0, api.GetProperty("exam").GetProperty("studyPlanWeek").GetInt32());

        // The coordinator retires the template from its page; Sipho's exam keeps its domains.
        Assert.Contains("handler=Remove", await coordinator.GetStringAsync($"/Programmes/{programme}/ExamTemplates", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(coordinator, $"/Programmes/{programme}/ExamTemplates?handler=Remove&templateId={template}", [],
            $"/Programmes/{programme}/ExamTemplates")).StatusCode);
        Assert.Equal(0, await CountAsync<ExamTemplate>());
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/v1/programmes/{programme}/exam-templates/{template}", Ct)).StatusCode); // already gone: fine
        Assert.Equal(4, (await sipho.GetFromJsonAsync<JsonElement>("/api/v1/exam", Ct)).GetProperty("exam").GetProperty("domains").GetArrayLength());
    }

    [Fact]
    public async Task Two_scores_give_no_forecast_and_a_falling_trend_says_so_honestly()
    {
        var world = await WorldAsync();
        var sipho = await world.Sipho.Mentee.SignInAsync();
        var exam = await world.Given.ExamAsync(world.Sipho.Mentee);
        await world.Given.PracticeTestAsync(exam, 60, 7);
        await world.Given.PracticeTestAsync(exam, 58, 0);
        Assert.Contains("No forecast yet: it needs at least 3 practice tests on different days (2 so far).", WebUtility.HtmlDecode(await sipho.GetStringAsync("/Exam", Ct)), StringComparison.Ordinal);
        await world.Given.PracticeTestAsync(exam, 59, 3);
        var api = await sipho.GetFromJsonAsync<JsonElement>("/api/v1/exam", Ct);
        Assert.Equal("FlatOrFalling", api.GetProperty("forecast").GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, api.GetProperty("forecast").GetProperty("reachesOn").ValueKind);
        Assert.StartsWith("No honest forecast", api.GetProperty("forecast").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_exam_input_is_refused_field_by_field_and_nothing_is_saved()
    {
        var world = await WorldAsync();
        var sipho = await world.Sipho.Mentee.SignInAsync();
        var page = await ThriveApp.PostFormAsync(sipho, "/Exam/Edit", ExamForm(daysAhead: -1, passing: "1200", weights: ["30", "30", "30", "30"], plan: new string('x', 100_000)));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct));
        Assert.Contains("The exam date is in the past", html, StringComparison.Ordinal);
        Assert.Contains("The passing score must lie on the scale", html, StringComparison.Ordinal);
        Assert.Contains("must add up to 100% (they add up to 120%)", html, StringComparison.Ordinal);
        Assert.Contains("The study plan must be at most 4000 characters", html, StringComparison.Ordinal);

        var words = await ThriveApp.PostFormAsync(sipho, "/Exam/Edit", new(ExamForm()) { ["Input.PassingScore"] = "lots" });
        Assert.Equal(HttpStatusCode.OK, words.StatusCode);

        var api = await sipho.PutAsJsonAsync("/api/v1/exam", new
        {
            provider = "AWS", name = "SAA", examOn = Day(Today.AddDays(10)), passingScore = 720, scaleMin = 100, scaleMax = 1000,
            domains = new[] { new { name = "Secure", weight = 60 }, new { name = "Resilient", weight = 30 } },
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("validation", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("Domains", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await sipho.PutAsJsonAsync("/api/v1/exam", new { provider = "AWS", name = "SAA" }, Ct)).StatusCode); // no date
        Assert.Equal(0, await CountAsync<Exam>());
        Assert.Equal(0, await CountAsync<ExamDomain>());
    }

    [Fact]
    public async Task Bad_practice_scores_and_study_time_are_refused_and_nothing_is_saved()
    {
        var world = await WorldAsync();
        var sipho = await world.Sipho.Mentee.SignInAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await sipho.PostAsJsonAsync("/api/v1/exam/practice-tests", new { percent = 70 }, Ct)).StatusCode); // no exam yet
        var exam = await world.Given.ExamAsync(world.Sipho.Mentee);

        var page = await ThriveApp.PostFormAsync(sipho, "/Exam?handler=Test", new() { ["Test.Percent"] = "120", ["Test.Note"] = new string('n', 100_000) }, "/Exam");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct));
        Assert.Contains("The score is a percentage between 0 and 100.", html, StringComparison.Ordinal);
        Assert.Contains("The note must be at most 2000 characters", html, StringComparison.Ordinal);

        var minutes = await ThriveApp.PostFormAsync(sipho, "/Exam?handler=Study", new() { ["Study.Minutes"] = "-30" }, "/Exam");
        Assert.Contains("Minutes studied must be between 1 and 960.", WebUtility.HtmlDecode(await minutes.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);

        var foreign = await sipho.PostAsJsonAsync("/api/v1/exam/practice-tests", new { percent = 70, scores = new[] { new { domainId = Guid.NewGuid(), percent = 50 } } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.True((await foreign.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("Scores", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await sipho.PostAsJsonAsync("/api/v1/exam/practice-tests", new { percent = 70, takenOn = Day(Today.AddDays(1)) }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await sipho.PostAsJsonAsync("/api/v1/exam/study", new { minutes = -5 }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await sipho.PostAsJsonAsync("/api/v1/exam/study", new { minutes = 30, domainId = Guid.NewGuid() }, Ct)).StatusCode);
        Assert.Equal(0, await CountAsync<ExamPracticeTest>());
        Assert.Equal(0, await CountAsync<ExamStudyLog>());
        var study = await sipho.PostAsJsonAsync("/api/v1/exam/study", new { minutes = 45, domainId = exam.Domains[0].Id }, Ct);
        Assert.Equal(HttpStatusCode.Created, study.StatusCode);

        // A session typed wrongly is removed from the page's list of the latest ones; the totals follow. Someone else's is not found.
        var session = (await study.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Contains($"studyId={session}", await sipho.GetStringAsync("/Exam", Ct), StringComparison.Ordinal);
        var other = await world.Given.ExamAsync(world.OtherMentee);
        var otherStudy = await (await world.OtherMentee.SignInAsync()).PostAsJsonAsync("/api/v1/exam/study", new { minutes = 30 }, Ct);
        var otherId = (await otherStudy.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await sipho.DeleteAsync($"/api/v1/exam/study/{otherId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(sipho, $"/Exam?handler=RemoveStudy&studyId={session}", [], "/Exam")).StatusCode);
        Assert.Equal(0, (await sipho.GetFromJsonAsync<JsonElement>("/api/v1/exam", Ct)).GetProperty("studyMinutes").GetInt32());
        Assert.Equal(1, await CountAsync<ExamStudyLog>()); // the other mentee's stays
        Assert.NotEqual(Guid.Empty, other.Id);
    }

    [Fact]
    public async Task Script_in_any_field_is_shown_as_text()
    {
        var world = await WorldAsync();
        var sipho = await world.Sipho.Mentee.SignInAsync();
        const string Script = "<script>alert('x')</script>";
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(sipho, "/Exam/Edit", new(ExamForm(name: Script, plan: Script)) { ["Input.Domains[0].Name"] = Script })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await sipho.PostAsJsonAsync("/api/v1/exam/practice-tests", new { percent = 70, source = Script, note = Script }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await sipho.PostAsJsonAsync("/api/v1/exam/comments", new { body = Script }, Ct)).StatusCode);
        var mentor = await world.Sipho.Mentor.SignInAsync();
        foreach (var client in new[] { sipho, mentor })
        {
            var html = await client.GetStringAsync(client == sipho ? "/Exam" : $"/Exam?owner={world.Sipho.Mentee.Id}", Ct);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_mentor_reads_and_comments_while_the_coordinator_and_another_pair_see_nothing()
    {
        var world = await WorldAsync();
        var exam = await world.Given.ExamAsync(world.Sipho.Mentee);
        var test = await world.Given.PracticeTestAsync(exam, 61);
        var owner = world.Sipho.Mentee.Id;
        var mentor = await world.Sipho.Mentor.SignInAsync();
        var mentorPage = WebUtility.HtmlDecode(await mentor.GetStringAsync($"/Exam?owner={owner}", Ct));
        Assert.Contains("Sipho Ndlovu's exam preparation", mentorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Log a practice test", mentorPage, StringComparison.Ordinal);
        Assert.Contains("Latest practice score <strong>61%</strong>", mentorPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync($"/api/v1/exam?owner={owner}", Ct)).StatusCode);
        var comment = await ThriveApp.PostFormAsync(mentor, $"/Exam?handler=Comment&owner={owner}", new() { ["Comment.Body"] = "Draw the **resilient** design first." }, $"/Exam?owner={owner}");
        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        Assert.Contains("<strong>resilient</strong>", await (await world.Sipho.Mentee.SignInAsync()).GetStringAsync("/Exam", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.DeleteAsync($"/api/v1/exam/practice-tests/{test}", Ct)).StatusCode);

        foreach (var outsider in new[] { world.Coordinator, world.OtherMentee })
        {
            var client = await outsider.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Exam?owner={owner}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/exam?owner={owner}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/exam/comments", new { owner, body = "Hi" }, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/v1/exam/practice-tests/{test}", Ct)).StatusCode);
        }
        Assert.Equal(1, await CountAsync<ExamComment>());
        Assert.Equal(1, await CountAsync<ExamPracticeTest>());
        Assert.Equal(HttpStatusCode.NoContent, (await (await world.Sipho.Mentee.SignInAsync()).DeleteAsync($"/api/v1/exam/practice-tests/{test}", Ct)).StatusCode);
        Assert.Equal(0, await CountAsync<ExamPracticeTest>());
    }

    [Fact]
    public async Task The_result_is_recorded_from_the_exam_day_and_shows_on_the_journey()
    {
        var world = await WorldAsync();
        var sipho = await world.Sipho.Mentee.SignInAsync();
        await world.Given.ExamAsync(world.Sipho.Mentee, daysAhead: 2);
        var early = await sipho.PutAsJsonAsync("/api/v1/exam/result", new { score = 760 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        App.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.BadRequest, (await sipho.PutAsJsonAsync("/api/v1/exam/result", new { score = 1100 }, Ct)).StatusCode);
        Assert.Null(await App.WithDbAsync(db => db.Exams.Select(e => e.ResultScore).SingleAsync()));
        var saved = await ThriveApp.PostFormAsync(sipho, "/Exam?handler=Result", new() { ["Result.Score"] = "760" }, "/Exam");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Passed · 760", WebUtility.HtmlDecode(await sipho.GetStringAsync("/Exam", Ct)), StringComparison.Ordinal);

        var items = await ToolItemsAsync(world, world.Sipho.Mentee.Id, ToolItemPlace.Journey);
        Assert.Contains(items, i => i.Text == "Passed SAA-C03 with 760 (passing 720).");
    }

    [Fact]
    public async Task A_goal_with_a_measure_follows_the_latest_practice_score()
    {
        var world = await WorldAsync();
        var sipho = await world.Sipho.Mentee.SignInAsync();
        var goal = await world.Given.GoalAsync(world.Sipho.Mentee, "Reach 75% in practice exams", measure: new GoalMeasure("Practice exam score", 50, 75, "%"));
        var plain = await world.Given.GoalAsync(world.Sipho.Mentee, "Pass the exam");
        var refused = await ThriveApp.PostFormAsync(sipho, "/Exam/Edit", new(ExamForm()) { ["Input.GoalId"] = plain.Id.ToString() });
        Assert.Contains("Choose one of your goals that has a measure", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(sipho, "/Exam/Edit", new(ExamForm()) { ["Input.GoalId"] = goal.Id.ToString() })).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await sipho.PostAsJsonAsync("/api/v1/exam/practice-tests", new { percent = 64, takenOn = Day(Today.AddDays(-2)) }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await sipho.PostAsJsonAsync("/api/v1/exam/practice-tests", new { percent = 58, takenOn = Day(Today.AddDays(-9)) }, Ct)).StatusCode); // older: not the latest
        var values = await App.WithDbAsync(db => db.MeasureEntries.AsNoTracking().Where(m => m.GoalId == goal.Id).Select(m => new { m.Date, m.Value }).ToListAsync());
        var v = Assert.Single(values);
        Assert.Equal((Today.AddDays(-2), 64m), (v.Date, v.Value));
        var goalPage = WebUtility.HtmlDecode(await sipho.GetStringAsync($"/Goals/{goal.Id}", Ct));
        Assert.Contains("64", goalPage, StringComparison.Ordinal);
        Assert.Contains("This measure follows the latest practice-test score", goalPage, StringComparison.Ordinal);

        // The 64 was typed wrongly: deleting it takes its value off the goal, which falls back to the latest score left.
        var latest = await App.WithDbAsync(db => db.ExamPracticeTests.Where(t => t.Percent == 64).Select(t => t.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await sipho.DeleteAsync($"/api/v1/exam/practice-tests/{latest}", Ct)).StatusCode);
        var after = await App.WithDbAsync(db => db.MeasureEntries.AsNoTracking().Where(m => m.GoalId == goal.Id).Select(m => new { m.Date, m.Value }).ToListAsync());
        Assert.Equal((Today.AddDays(-9), 58m), (Assert.Single(after).Date, after[0].Value));
    }

    [Fact]
    public async Task Home_lists_the_exam_coming_up_the_voucher_and_a_quiet_practice_spell_and_the_agenda_gives_the_mentor_the_scores()
    {
        var world = await WorldAsync();
        var exam = await world.Given.ExamAsync(world.Sipho.Mentee, daysAhead: 5, setUpDaysAgo: 30, voucher: Today.AddDays(4));
        await world.Given.PracticeTestAsync(exam, 58, 20, 60, 45, 62, 64);
        var home = WebUtility.HtmlDecode(await (await world.Sipho.Mentee.SignInAsync()).GetStringAsync("/", Ct));
        Assert.Contains("SAA-C03 is in 5 days: it is not booked yet.", home, StringComparison.Ordinal);
        Assert.Contains($"The voucher for SAA-C03 expires on {Today.AddDays(4).ToString("d MMM", CultureInfo.InvariantCulture)}: book the exam before then.", home, StringComparison.Ordinal);
        Assert.Contains("No practice test for SAA-C03 since", home, StringComparison.Ordinal);

        var agenda = await ToolItemsAsync(world, world.Sipho.Mentor.Id, ToolItemPlace.Agenda);
        Assert.Contains(agenda, i => i.Text.StartsWith("Latest practice score 58%", StringComparison.Ordinal) && i.Text.Contains("weakest domain: Design Resilient Architectures (45%)", StringComparison.Ordinal)
            && i.Link == $"/Exam?owner={world.Sipho.Mentee.Id}");
    }

    private async Task<IReadOnlyList<ToolItem>> ToolItemsAsync(World world, Guid readerId, ToolItemPlace place)
    {
        using var scope = App.Services.CreateScope();
        var tools = scope.ServiceProvider.GetRequiredService<StoryTools>();
        return await tools.ItemsAsync(new ToolReader(world.Sipho.Mentee.Id, world.Sipho.Programme.Id, readerId, Today), place, Ct);
    }
}
