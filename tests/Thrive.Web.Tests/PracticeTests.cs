using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Commitments;
using Thrive.Domain.Practice;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class PracticeTests : WebTest
{
    /// <summary>Thandi (mentee, UTC) and her mentor; another pair's mentee; the programme's coordinator.</summary>
    private sealed record World(GivenPair Thandi, GivenPerson OtherMentee, GivenPerson Coordinator, Given Given);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var thandi = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Thandi Khumalo"));
        return new World(thandi, (await given.PairAsync(programme)).Mentee, programme.Coordinator, given);
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DateOnly Today => Thrive.Domain.Common.TimeZones.LocalDate(App.Clock.GetUtcNow(), "UTC");

    private static Dictionary<string, string> Form(string title = "Number of Islands", string minutes = "45", string how = "WithHint", string? link = "https://leetcode.com/problems/number-of-islands/",
        string notes = "Sink each island with a DFS.", params string[] topics)
    {
        var f = new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Source"] = "LeetCode", ["Input.Difficulty"] = "Medium", ["Input.Minutes"] = minutes, ["Input.How"] = how,
            ["Input.Notes"] = notes, ["Input.Link"] = link ?? "",
        };
        var list = topics.Length == 0 ? ["Graphs", "RecursionAndBacktracking"] : topics;
        // A form posts one field per ticked box under the same name; the dictionary holds one, so the rest go as Input.Topics[i].
        for (var i = 0; i < list.Length; i++) f[$"Input.Topics[{i}]"] = list[i];
        return f;
    }

    private Task<int> ProblemsOfAsync(GivenPerson owner) => App.WithDbAsync(db => db.PracticeProblems.CountAsync(p => p.OwnerId == owner.Id));

    [Fact]
    public async Task A_problem_solved_with_a_hint_counts_this_week_covers_its_topics_and_comes_back_after_1_then_7_days()
    {
        var world = await WorldAsync();
        var thandi = await world.Thandi.Mentee.SignInAsync();
        var logged = await ThriveApp.PostFormAsync(thandi, "/Practice?handler=Log", Form(), "/Practice");
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);

        var html = WebUtility.HtmlDecode(await thandi.GetStringAsync("/Practice", Ct));
        Assert.Contains("Number of Islands", html, StringComparison.Ordinal);
        Assert.Contains("<strong>1</strong> of 3 problems", html, StringComparison.Ordinal);
        Assert.Contains("Not touched yet:</strong> arrays, strings, hash maps", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Due for a second attempt", html, StringComparison.Ordinal);

        var summary = await thandi.GetFromJsonAsync<JsonElement>("/api/v1/practice/summary", Ct);
        Assert.Equal(1, summary.GetProperty("thisWeek").GetInt32());
        Assert.Equal(1, summary.GetProperty("weekly").EnumerateArray().Last().GetProperty("solved").GetInt32());
        Assert.Equal(12, summary.GetProperty("weekly").GetArrayLength());
        Assert.Equal(1, summary.GetProperty("coverage").EnumerateArray().Single(c => c.GetProperty("topic").GetString() == "Graphs").GetProperty("problems").GetInt32());
        Assert.DoesNotContain("Graphs", summary.GetProperty("untouched").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(0, summary.GetProperty("dueCount").GetInt32());

        // The next day it is due: on the page, on the home page, and one click moves it a week on.
        App.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Contains("1 problem is due for a second attempt", WebUtility.HtmlDecode(await thandi.GetStringAsync("/", Ct)), StringComparison.Ordinal);
        var id = await App.WithDbAsync(db => db.PracticeProblems.Where(p => p.OwnerId == world.Thandi.Mentee.Id).Select(p => p.Id).SingleAsync());
        Assert.Contains("due today", await thandi.GetStringAsync("/Practice", Ct), StringComparison.Ordinal);
        var again = await ThriveApp.PostFormAsync(thandi, $"/Practice?handler=Attempt&problemId={id}", new() { ["how"] = "Alone" }, "/Practice");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var p = await App.WithDbAsync(db => db.PracticeProblems.AsNoTracking().SingleAsync(x => x.Id == id));
        Assert.Equal(Today.AddDays(7), p.DueOn);
        Assert.Equal(1, p.Attempts);
        Assert.DoesNotContain("due for a second attempt", await thandi.GetStringAsync("/", Ct), StringComparison.Ordinal);

        // Not due again yet: a clear conflict, nothing changes.
        var early = await thandi.PostAsJsonAsync($"/api/v1/practice/problems/{id}/attempts", new { how = "Alone" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("not_due", (await early.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        // Needing a hint again starts over from tomorrow.
        App.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(HttpStatusCode.NoContent, (await thandi.PostAsJsonAsync($"/api/v1/practice/problems/{id}/attempts", new { how = "WithHint" }, Ct)).StatusCode);
        Assert.Equal(Today.AddDays(1), await App.WithDbAsync(db => db.PracticeProblems.Where(x => x.Id == id).Select(x => x.DueOn).SingleAsync()));
    }

    [Fact]
    public async Task Bad_input_on_the_form_gets_messages_beside_its_fields_and_nothing_is_saved()
    {
        var world = await WorldAsync();
        var thandi = await world.Thandi.Mentee.SignInAsync();
        var cases = new (Dictionary<string, string> Form, string Message)[]
        {
            (Form(minutes: "-5"), "Minutes taken must be between 1 and 1440"),
            (Form(notes: new string('n', 100_000)), "The notes must be at most 4000 characters"),
            (Form(link: "javascript:alert(1)"), "must be a web address starting with http:// or https://"),
            (Form(title: ""), "The problem&#x27;s title is required"),
            (Form(minutes: "lots"), "is not valid for Minutes"),
            (new Dictionary<string, string>(Form()) { ["Input.SolvedOn"] = Day(Today.AddDays(2)) }, "cannot be in the future"),
        };
        foreach (var (form, message) in cases)
        {
            var r = await ThriveApp.PostFormAsync(thandi, "/Practice?handler=Log", form, "/Practice");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Contains(message, await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        var noTopic = Form();
        noTopic.Remove("Input.Topics[0]");
        noTopic.Remove("Input.Topics[1]");
        Assert.Contains("Choose at least one topic", await (await ThriveApp.PostFormAsync(thandi, "/Practice?handler=Log", noTopic, "/Practice")).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, await ProblemsOfAsync(world.Thandi.Mentee));
    }

    [Fact]
    public async Task Bad_input_on_the_api_is_a_problem_details_with_the_field_and_nothing_is_saved()
    {
        var world = await WorldAsync();
        var thandi = await world.Thandi.Mentee.SignInAsync();
        object Body(string title = "Two Sum", int minutes = 20, string? link = null, string notes = "", string[]? topics = null, string how = "Alone") =>
            new { title, source = "LeetCode", link, difficulty = "Easy", topics = topics ?? ["Arrays"], minutes, how, notes };
        var cases = new (object Body, string Field)[]
        {
            (Body(minutes: -5), "Minutes"), (Body(notes: new string('n', 100_000)), "Notes"), (Body(link: "javascript:alert(1)"), "Link"),
            (Body(link: "data:text/html;base64,PHNjcmlwdD4="), "Link"), (Body(topics: []), "Topics"), (Body(title: new string('t', 300)), "Title"),
        };
        foreach (var (body, field) in cases)
        {
            var r = await thandi.PostAsJsonAsync("/api/v1/practice/problems", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
            Assert.True((await r.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _), field);
        }
        var unknownTopic = await thandi.PostAsJsonAsync("/api/v1/practice/problems", new { title = "x", topics = new[] { "Quantum" }, minutes = 5 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknownTopic.StatusCode);
        Assert.Equal(0, await ProblemsOfAsync(world.Thandi.Mentee));
        Assert.Equal(HttpStatusCode.Created, (await thandi.PostAsJsonAsync("/api/v1/practice/problems", Body(), Ct)).StatusCode);
        Assert.Equal(1, await ProblemsOfAsync(world.Thandi.Mentee));
    }

    [Fact]
    public async Task Script_in_any_field_is_shown_as_text_to_the_owner_and_the_mentor()
    {
        var world = await WorldAsync();
        var thandi = await world.Thandi.Mentee.SignInAsync();
        const string Script = "<script>alert('x')</script>";
        var created = await thandi.PostAsJsonAsync("/api/v1/practice/problems", new
        {
            title = Script, source = "Other", link = "https://example.org/?q=\"><script>alert(1)</script>", difficulty = "Hard",
            topics = new[] { "Sql" }, minutes = 30, how = "LookedAtSolution", notes = "<img src=x onerror=alert(1)>",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        foreach (var client in new[] { thandi, await world.Thandi.Mentor.SignInAsync() })
        {
            var page = await client.GetStringAsync($"/Practice?owner={world.Thandi.Mentee.Id}", Ct);
            Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", page, StringComparison.Ordinal);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page, StringComparison.Ordinal);
            Assert.DoesNotContain(Script, page, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
            Assert.DoesNotContain("\"><script>", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_owner_edits_and_deletes_her_problems_and_nobody_else_can()
    {
        var world = await WorldAsync();
        var id = await world.Given.PracticeProblemAsync(world.Thandi.Mentee, "Two Sum");
        var thandi = await world.Thandi.Mentee.SignInAsync();
        Assert.Contains("value=\"Two Sum\"", await thandi.GetStringAsync($"/Practice/{id}/Edit", Ct), StringComparison.Ordinal);
        var opened = await App.WithDbAsync(db => db.PracticeProblems.Where(x => x.Id == id).Select(x => x.Version).SingleAsync());
        Assert.Contains($"value=\"{opened}\"", await thandi.GetStringAsync($"/Practice/{id}/Edit", Ct), StringComparison.Ordinal);
        Dictionary<string, string> Versioned(Dictionary<string, string> form, Guid version) { form["Input.Version"] = version.ToString(); return form; }
        var edited = await ThriveApp.PostFormAsync(thandi, $"/Practice/{id}/Edit", Versioned(Form(title: "Two Sum II", how: "Alone", topics: ["TwoPointers"]), opened));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var p = await App.WithDbAsync(db => db.PracticeProblems.AsNoTracking().SingleAsync(x => x.Id == id));
        Assert.Equal(("Two Sum II", PracticeTopic.TwoPointers, SolvedHow.Alone), (p.Title, p.Topics, p.How));
        var bad = await ThriveApp.PostFormAsync(thandi, $"/Practice/{id}/Edit", Versioned(Form(minutes: "-1"), p.Version));
        Assert.Contains("Minutes taken must be between", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // A form opened before that edit is stale: a clear message, and the edit in between is kept.
        var stale = await ThriveApp.PostFormAsync(thandi, $"/Practice/{id}/Edit", Versioned(Form(title: "Old tab's title"), opened));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode); // the form again, with the message
        Assert.Contains("changed after you opened it", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal("Two Sum II", await App.WithDbAsync(db => db.PracticeProblems.Where(x => x.Id == id).Select(x => x.Title).SingleAsync()));

        // The API reads the version with the problem and sends it back; without it, or with an old one, 409 "stale".
        var listed = await thandi.GetFromJsonAsync<JsonElement>("/api/v1/practice/problems", Ct);
        var version = listed.GetProperty("problems")[0].GetProperty("version").GetGuid();
        Assert.Equal(p.Version, version);
        var noVersion = await thandi.PutAsJsonAsync($"/api/v1/practice/problems/{id}", new { title = "Two Sum III", topics = new[] { "Arrays" }, minutes = 12, how = "WithHint" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, noVersion.StatusCode);
        Assert.Equal("stale", (await noVersion.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await thandi.PutAsJsonAsync($"/api/v1/practice/problems/{id}",
            new { title = "Two Sum III", topics = new[] { "Arrays" }, minutes = 12, how = "WithHint", version }, Ct)).StatusCode);
        Assert.Equal("Two Sum III", await App.WithDbAsync(db => db.PracticeProblems.Where(x => x.Id == id).Select(x => x.Title).SingleAsync()));

        // Her mentor, another mentee and the coordinator cannot change or delete it; an unknown id is not found.
        foreach (var other in new[] { world.Thandi.Mentor, world.OtherMentee, world.Coordinator })
        {
            var client = await other.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Practice/{id}/Edit", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/practice/problems/{id}", new { title = "Mine now", topics = new[] { "Arrays" }, minutes = 1 }, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/v1/practice/problems/{id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await ThriveApp.PostFormAsync(client, $"/Practice?handler=Delete&problemId={id}", [], "/Practice")).StatusCode);
        }
        var unknown = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await thandi.GetAsync($"/Practice/{unknown}/Edit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await thandi.DeleteAsync($"/api/v1/practice/problems/{unknown}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await thandi.PostAsJsonAsync($"/api/v1/practice/problems/{unknown}/attempts", new { how = "Alone" }, Ct)).StatusCode);
        Assert.Equal("Two Sum III", await App.WithDbAsync(db => db.PracticeProblems.Where(x => x.Id == id).Select(x => x.Title).SingleAsync()));

        var deleted = await ThriveApp.PostFormAsync(thandi, $"/Practice?handler=Delete&problemId={id}", [], "/Practice");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await ProblemsOfAsync(world.Thandi.Mentee));
    }

    [Fact]
    public async Task The_mentor_reads_the_log_and_its_summary_and_the_coordinator_and_another_pair_do_not()
    {
        var world = await WorldAsync();
        await world.Given.PracticeProblemAsync(world.Thandi.Mentee, "Coin Change", PracticeTopic.DynamicProgramming, SolvedHow.LookedAtSolution, daysAgo: 2);
        var owner = world.Thandi.Mentee.Id;
        var mentor = await world.Thandi.Mentor.SignInAsync();
        var page = WebUtility.HtmlDecode(await mentor.GetStringAsync($"/Practice?owner={owner}", Ct));
        Assert.Contains("Thandi Khumalo's practice log", page, StringComparison.Ordinal);
        Assert.Contains("Coin Change", page, StringComparison.Ordinal);
        Assert.Contains("overdue by 1 day", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Log a problem", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Solved again alone", page, StringComparison.Ordinal);
        Assert.Contains($"/Practice?owner={owner}", await mentor.GetStringAsync($"/Pairs/{world.Thandi.Id}", Ct), StringComparison.Ordinal);
        var list = await mentor.GetFromJsonAsync<JsonElement>($"/api/v1/practice/problems?owner={owner}", Ct);
        Assert.Equal("Coin Change", list.GetProperty("problems")[0].GetProperty("title").GetString());
        Assert.Equal(1, (await mentor.GetFromJsonAsync<JsonElement>($"/api/v1/practice/summary?owner={owner}", Ct)).GetProperty("dueCount").GetInt32());

        foreach (var other in new[] { world.OtherMentee, world.Coordinator })
        {
            var client = await other.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Practice?owner={owner}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/practice/problems?owner={owner}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/practice/summary?owner={owner}", Ct)).StatusCode);
        }
        Assert.DoesNotContain("/Practice?owner=", await (await world.Coordinator.SignInAsync()).GetStringAsync($"/Pairs/{world.Thandi.Id}", Ct), StringComparison.Ordinal);
        var anonymous = App.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/practice/summary?owner={owner}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/api/v1/practice/problems?owner={Guid.NewGuid()}", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_list_is_paged_newest_first_and_filters_by_topic()
    {
        var world = await WorldAsync();
        for (var i = 0; i < 27; i++)
            await world.Given.PracticeProblemAsync(world.Thandi.Mentee, $"Problem {i}", i % 3 == 0 ? PracticeTopic.Graphs : PracticeTopic.Arrays, daysAgo: i);
        var thandi = await world.Thandi.Mentee.SignInAsync();
        var first = await thandi.GetFromJsonAsync<JsonElement>("/api/v1/practice/problems", Ct);
        Assert.Equal(27, first.GetProperty("total").GetInt32());
        Assert.Equal(25, first.GetProperty("problems").GetArrayLength());
        Assert.Equal("Problem 0", first.GetProperty("problems")[0].GetProperty("title").GetString());
        var second = await thandi.GetFromJsonAsync<JsonElement>("/api/v1/practice/problems?page=2", Ct);
        Assert.Equal(["Problem 25", "Problem 26"], second.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
        var graphs = await thandi.GetFromJsonAsync<JsonElement>("/api/v1/practice/problems?topic=Graphs", Ct);
        Assert.Equal(9, graphs.GetProperty("total").GetInt32());
        Assert.All(graphs.GetProperty("problems").EnumerateArray(), p => Assert.Equal("Graphs", p.GetProperty("topics")[0].GetString()));
        var page = await thandi.GetStringAsync("/Practice?topic=Graphs", Ct);
        Assert.Contains(">Problem 3<", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Problem 1<", page, StringComparison.Ordinal);
        var html = await thandi.GetStringAsync("/Practice?page=2", Ct);
        Assert.Contains("Problem 26", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Problem 1<", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await thandi.GetAsync("/api/v1/practice/problems?topic=None", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_weekly_target_is_a_number_or_follows_one_of_her_commitments()
    {
        var world = await WorldAsync();
        var thandi = await world.Thandi.Mentee.SignInAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await thandi.PutAsJsonAsync("/api/v1/practice/target", new { weeklyTarget = 5 }, Ct)).StatusCode);
        Assert.Equal(5, (await thandi.GetFromJsonAsync<JsonElement>("/api/v1/practice/summary", Ct)).GetProperty("weeklyTarget").GetInt32());

        var commitment = await world.Given.CommitmentAsync(world.Thandi.Mentee, new CommitmentDetails(CommitmentForm.ImplementationIntention, "solve LeetCode problems",
            "19:00 on weekdays", "the study room", null, 1, HabitPeriod.Week, CommitmentKind.Number, 4, "problems"));
        var set = await ThriveApp.PostFormAsync(thandi, "/Practice?handler=Target", new() { ["Target.CommitmentId"] = commitment.ToString() }, "/Practice");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var summary = await thandi.GetFromJsonAsync<JsonElement>("/api/v1/practice/summary", Ct);
        Assert.Equal(4, summary.GetProperty("weeklyTarget").GetInt32());
        Assert.Equal(commitment, summary.GetProperty("targetCommitmentId").GetGuid());
        Assert.Contains("Target from your commitment", WebUtility.HtmlDecode(await thandi.GetStringAsync("/Practice", Ct)), StringComparison.Ordinal);

        var others = await world.Given.CommitmentAsync(world.OtherMentee);
        foreach (var body in new object[] { new { commitmentId = others }, new { weeklyTarget = 0 }, new { weeklyTarget = 51 }, new { } })
        {
            var refused = await thandi.PutAsJsonAsync("/api/v1/practice/target", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
        Assert.Equal(4, (await thandi.GetFromJsonAsync<JsonElement>("/api/v1/practice/summary", Ct)).GetProperty("weeklyTarget").GetInt32());
        var coordinator = await world.Coordinator.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PutAsJsonAsync("/api/v1/practice/target", new { weeklyTarget = 2 }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Second_attempts_are_due_on_the_readers_own_day()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Sipho Dlamini", "Africa/Johannesburg"));
        // Logged at 23:30 in Johannesburg (21:30 UTC), on her day.
        App.Clock.MoveTo(ShiftableClock.WallTime("Africa/Johannesburg", given.Today.AddDays(1), new TimeOnly(23, 30)));
        var sipho = await pair.Mentee.SignInAsync();
        var created = await sipho.PostAsJsonAsync("/api/v1/practice/problems", new { title = "Word Search", topics = new[] { "RecursionAndBacktracking" }, minutes = 50, how = "WithHint" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var local = Thrive.Domain.Common.TimeZones.LocalDate(App.Clock.GetUtcNow(), "Africa/Johannesburg");
        var list = await sipho.GetFromJsonAsync<JsonElement>("/api/v1/practice/problems", Ct);
        Assert.Equal(Day(local), list.GetProperty("problems")[0].GetProperty("solvedOn").GetString());
        Assert.Equal(Day(local.AddDays(1)), list.GetProperty("problems")[0].GetProperty("dueOn").GetString());
        // 00:30 her next day is 22:30 UTC, still the day before in UTC: due today for her all the same.
        App.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, (await sipho.GetFromJsonAsync<JsonElement>("/api/v1/practice/summary", Ct)).GetProperty("dueCount").GetInt32());
    }
}
