using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Goals;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class GoalTests : WebTest
{
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static Dictionary<string, string> Form(string title = "Pass the AWS Cloud Practitioner exam", string? date = null, string description = "With my mentor") => new()
    {
        ["Input.Title"] = title, ["Input.Description"] = description, ["Input.Category"] = "Technical",
        ["Input.Smart.DoneCriterion"] = "Exam passed", ["Input.Smart.TargetDate"] = date ?? Day(Today.AddDays(30)), ["Input.Activate"] = "true",
    };

    /// <summary>The GROW form's fields for some of its questions (the page sends each as a prompt number and a text).</summary>
    private static Dictionary<string, string> Answers(params (int Prompt, string Text)[] answers) => answers
        .SelectMany((a, i) => new[] { ($"Input.Answers[{i}].Prompt", a.Prompt.ToString(CultureInfo.InvariantCulture)), ($"Input.Answers[{i}].Text", a.Text) })
        .ToDictionary(x => x.Item1, x => x.Item2);

    /// <summary>
    /// Lerato and her mentor Daan; Lerato's goal is to finish a task in 2 days instead of 5, and she logged 5, 4.5, 4
    /// and 3.5 (so it is half done). The other mentee is in another pair.
    /// </summary>
    private sealed record World(GivenPair Lerato, GivenGoal Goal, GivenPerson OtherMentee);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var lerato = await given.PairAsync(programme, await given.MentorAsync(programme, "Daan Jansen"), await given.MenteeAsync(programme, "Lerato Mokoena"));
        var goal = await given.GoalAsync(lerato.Mentee, "Work at an intermediate level as a front-end developer",
            measure: new GoalMeasure("Average days to complete a task", 5, 2, "days"), weekly: [5, 4.5m, 4, 3.5m]);
        return new World(lerato, goal, (await given.PairAsync(programme)).Mentee);
    }

    [Fact]
    public async Task Mentee_creates_a_goal_and_script_in_it_is_shown_as_text()
    {
        var mentee = await (await WorldAsync()).Lerato.Mentee.SignInAsync();
        var r = await ThriveApp.PostFormAsync(mentee, "/Goals/New", Form(title: "Ship <script>alert('x')</script> portfolio", description: "**Bold** <img src=x onerror=alert(1)>"));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var html = await mentee.GetStringAsync(r.Headers.Location!.OriginalString, Ct);
        Assert.Contains("Ship &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; portfolio", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Bold</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x onerror", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Created the goal and started it", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", null, "Title is required")]
    [InlineData("A goal", "yesterday", "The target date is in the past")]
    [InlineData("A goal", "9999-01-01", "between the years 2000 and 2100")]
    [InlineData("long", null, "at most 10000 characters")]
    public async Task Bad_goal_input_is_explained_and_nothing_is_saved(string title, string? date, string message)
    {
        var mentee = await (await WorldAsync()).Lerato.Mentee.SignInAsync();
        var before = await App.WithDbAsync(db => db.Goals.CountAsync());
        var form = Form(title, date == "yesterday" ? Day(Today.AddDays(-1)) : date, description: title == "long" ? new string('d', 100_000) : "x");
        var r = await ThriveApp.PostFormAsync(mentee, "/Goals/New", form);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains(message, await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, await App.WithDbAsync(db => db.Goals.CountAsync()));
    }

    [Theory]
    [InlineData("5", "5", "target equals the baseline")]
    [InlineData("0", "99999999999", "between -1,000,000,000 and 1,000,000,000")]
    [InlineData("0", "ten", "is not valid")]
    public async Task Bad_measures_are_explained(string baseline, string target, string message)
    {
        var mentee = await (await WorldAsync()).Lerato.Mentee.SignInAsync();
        var form = Form();
        form["Input.Smart.Metric"] = "Practice tests";
        form["Input.Smart.Baseline"] = baseline;
        form["Input.Smart.Target"] = target;
        var r = await ThriveApp.PostFormAsync(mentee, "/Goals/New", form);
        Assert.Contains(message, await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_saving_one_goal_the_second_is_refused_and_keeps_their_text()
    {
        var world = await WorldAsync();
        var mentee = await world.Lerato.Mentee.SignInAsync();
        var id = world.Goal.Id;
        var editPage = await mentee.GetStringAsync($"/Goals/{id}/Edit", Ct);
        var version = System.Text.RegularExpressions.Regex.Match(editPage, "name=\"Input.Version\" value=\"([^\"]+)\"").Groups[1].Value;
        var first = await ThriveApp.PostFormAsync(mentee, $"/Goals/{id}/Edit", new() { ["Input.Title"] = "First tab's title", ["Input.Category"] = "Career", ["Input.Version"] = version });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await ThriveApp.PostFormAsync(mentee, $"/Goals/{id}/Edit", new() { ["Input.Title"] = "Second tab's title", ["Input.Category"] = "Career", ["Input.Version"] = version });
        var html = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Someone saved this goal after you opened it", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Second tab's title\"", html, StringComparison.Ordinal);
        Assert.Equal("First tab's title", await App.WithDbAsync(db => db.Goals.Where(g => g.Id == id).Select(g => g.Title).SingleAsync()));
    }

    [Fact]
    public async Task Template_prefills_the_form_and_starts_it_like_a_blank_goal()
    {
        var mentee = await (await WorldAsync()).OtherMentee.SignInAsync();
        var page = WebUtility.HtmlDecode(await mentee.GetStringAsync("/Goals/New?template=leetcode-weekly", Ct));
        Assert.Contains("value=\"Solve at least one LeetCode problem set per week\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Problem sets solved\"", page, StringComparison.Ordinal);
        // "Start working on it now" is ticked on both, so that saving does the same thing whichever way the goal began.
        foreach (var form in new[] { page, await mentee.GetStringAsync("/Goals/New", Ct) })
            Assert.Matches("<input[^>]*checked=\"checked\"[^>]*name=\"Input.Activate\"|<input[^>]*name=\"Input.Activate\"[^>]*checked=\"checked\"", form);
        Assert.Equal(HttpStatusCode.NotFound, (await mentee.GetAsync("/Goals/New?template=nope", Ct)).StatusCode);
    }

    [Fact]
    public async Task Mentee_marks_achieved_and_only_the_mentor_confirms()
    {
        var world = await WorldAsync();
        var id = world.Goal.Id;
        var mentee = await world.Lerato.Mentee.SignInAsync();
        var mentor = await world.Lerato.Mentor.SignInAsync();
        var early = await ThriveApp.PostFormAsync(mentor, $"/Goals/{id}?handler=Change", new() { ["change"] = "MarkAchieved" }, $"/Goals/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, early.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentee, $"/Goals/{id}?handler=Change", new() { ["change"] = "MarkAchieved" }, $"/Goals/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ThriveApp.PostFormAsync(mentee, $"/Goals/{id}?handler=Change", new() { ["change"] = "Confirm" }, $"/Goals/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentor, $"/Goals/{id}?handler=Change", new() { ["change"] = "Confirm" }, $"/Goals/{id}")).StatusCode);
        var html = WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Goals/{id}", Ct));
        Assert.Contains("confirmed by Daan Jansen", html, StringComparison.Ordinal);
        Assert.Contains("Confirmed the goal is achieved", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measure_log_moves_progress_and_refuses_future_days()
    {
        var world = await WorldAsync();
        var id = world.Goal.Id;
        var mentee = await world.Lerato.Mentee.SignInAsync();
        var future = await ThriveApp.PostFormAsync(mentee, $"/Goals/{id}?handler=Measure", new() { ["Measure.Date"] = Day(Today.AddDays(2)), ["Measure.Value"] = "3" }, $"/Goals/{id}");
        Assert.Contains("The date is in the future", await future.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var ok = await ThriveApp.PostFormAsync(mentee, $"/Goals/{id}?handler=Measure", new() { ["Measure.Date"] = Day(Today), ["Measure.Value"] = "2" }, $"/Goals/{id}");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var html = await mentee.GetStringAsync($"/Goals/{id}", Ct);
        Assert.Contains("100% done", html, StringComparison.Ordinal); // 5 days down to the 2-day target
    }

    [Fact]
    public async Task Pair_comments_and_other_pairs_cannot_read_or_write()
    {
        var world = await WorldAsync();
        var id = world.Goal.Id;
        var mentor = await world.Lerato.Mentor.SignInAsync();
        var posted = await ThriveApp.PostFormAsync(mentor, $"/Goals/{id}?handler=Comment", new() { ["Comment.Body"] = "Proud of this week's **focus**." }, $"/Goals/{id}");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var coordinator = await world.Lerato.Programme.Coordinator.SignInAsync();
        var seen = await coordinator.GetStringAsync($"/Goals/{id}", Ct);
        Assert.Contains("50% done", seen, StringComparison.Ordinal); // progress, yes
        Assert.DoesNotContain("Proud of this week", seen, StringComparison.Ordinal); // the pair's conversation, no
        var other = await world.OtherMentee.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/Goals/{id}", Ct)).StatusCode);
        var apiComment = await other.PostAsJsonAsync($"/api/v1/goals/{id}/comments", new { body = "sneaky" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, apiComment.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.GoalComments.AnyAsync(c => c.Body == "sneaky")));
    }

    [Fact]
    public async Task Grow_answers_feed_the_goal_and_the_partner_may_only_read()
    {
        var world = await WorldAsync();
        var id = world.Goal.Id;
        var mentee = await world.Lerato.Mentee.SignInAsync();
        var r = await ThriveApp.PostFormAsync(mentee, $"/Goals/{id}/Grow", Answers((1, "Intermediate level"), (16, "Set up the board tonight"), (18, "Demo my board every Tuesday"), (20, "Braai with friends")));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var goal = await App.WithDbAsync(db => db.Goals.Where(g => g.Id == id).Select(g => new { g.FirstStep, g.AccountabilityMethod, g.Celebration }).SingleAsync());
        Assert.Equal(("Set up the board tonight", "Demo my board every Tuesday", "Braai with friends"), (goal.FirstStep, goal.AccountabilityMethod, goal.Celebration));
        var mentor = await world.Lerato.Mentor.SignInAsync();
        Assert.Contains("Set up the board tonight", await mentor.GetStringAsync($"/Goals/{id}/Grow", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await ThriveApp.PostFormAsync(mentor, $"/Goals/{id}/Grow", Answers((1, "mine now")), $"/Goals/{id}/Grow")).StatusCode);
        var tooLong = await ThriveApp.PostFormAsync(mentee, $"/Goals/{id}/Grow", Answers((2, new string('a', 3000))));
        Assert.Contains("at most 2000 characters", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_step_becomes_the_goals_first_task_and_progress_follows_tasks()
    {
        var mentee = await (await WorldAsync()).OtherMentee.SignInAsync();
        var created = await mentee.PostAsJsonAsync("/api/v1/goals", new { title = "Give a lightning talk", category = "Career", activate = true }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        await ThriveApp.PostFormAsync(mentee, $"/Goals/{id}/Grow", Answers((16, "Pick a topic and tell my mentor")));
        var task = await App.WithDbAsync(db => db.Tasks.Where(t => t.GoalId == id).Select(t => new { t.Id, t.Title, t.Version, t.BoardId }).SingleAsync());
        Assert.Equal("Pick a topic and tell my mentor", task.Title);
        await ThriveApp.PostFormAsync(mentee, $"/Goals/{id}/Grow", Answers((16, "Changed my mind")));
        Assert.Equal(1, await App.WithDbAsync(db => db.Tasks.CountAsync(t => t.GoalId == id))); // only the first time

        var done = await App.WithDbAsync(db => db.BoardColumns.Where(c => c.BoardId == task.BoardId && c.Kind == Thrive.Domain.Board.ColumnKind.Done).Select(c => c.Id).SingleAsync());
        var moved = await mentee.PostAsJsonAsync($"/api/v1/tasks/{task.Id}/move", new { columnId = done, version = task.Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains("100% done", await mentee.GetStringAsync($"/Goals/{id}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smart_api_assesses_free_text()
    {
        var mentee = await (await WorldAsync()).Lerato.Mentee.SignInAsync();
        var r = await mentee.PostAsJsonAsync("/api/v1/smart/assess", new { text = "Pass the AWS Cloud Practitioner exam by 15 March" }, Ct);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync(Ct));
        foreach (var letter in new[] { "specific", "measurable", "achievable", "relevant", "timeBound" })
        {
            var c = doc.RootElement.GetProperty(letter);
            Assert.Contains(c.GetProperty("verdict").GetString(), new[] { "met", "weak", "missing" });
            Assert.Equal(JsonValueKind.Array, c.GetProperty("reasons").ValueKind);
            Assert.Equal(JsonValueKind.Array, c.GetProperty("suggestions").ValueKind);
        }
        Assert.InRange(doc.RootElement.GetProperty("score").GetDecimal(), 0m, 5m);
        var empty = await mentee.PostAsJsonAsync("/api/v1/smart/assess", new { text = "" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Smart_api_judges_dates_against_today_unless_a_programme_of_yours_is_named()
    {
        var world = await WorldAsync();
        var programme = world.Lerato.Programme;
        var mentee = await world.Lerato.Mentee.SignInAsync();
        var late = programme.EndDate.AddDays(14);
        var text = $"Pass the AWS Cloud Practitioner exam by {late.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
        async Task<JsonElement> AssessAsync(object body)
        {
            var r = await mentee.PostAsJsonAsync("/api/v1/smart/assess", body, Ct);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            return await r.Content.ReadFromJsonAsync<JsonElement>(Ct);
        }

        // Without a programme only today counts: a date after this programme's end is a deadline like any other.
        var open = await AssessAsync(new { text });
        Assert.Equal("met", open.GetProperty("timeBound").GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, open.GetProperty("timeBound").GetProperty("rewrite").ValueKind);

        // Against her programme the same date is after its end, which the reason names, and the rewrite moves it there.
        var within = await AssessAsync(new { text, programmeId = programme.Id });
        var timeBound = within.GetProperty("timeBound");
        Assert.Equal("weak", timeBound.GetProperty("verdict").GetString());
        var endName = programme.EndDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        Assert.Contains(timeBound.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains(endName, StringComparison.Ordinal));
        Assert.Contains(programme.EndDate.ToString("d MMMM", CultureInfo.InvariantCulture), timeBound.GetProperty("rewrite").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Pass the AWS Cloud Practitioner exam by ", within.GetProperty("rewrite").GetString(), StringComparison.Ordinal);

        // A programme she has no place in is refused, even to its coordinator (who runs it but sets no goals there); an unknown one is not found.
        var other = await Given.In(App).ProgrammeAsync();
        var refused = await mentee.PostAsJsonAsync("/api/v1/smart/assess", new { text, programmeId = other.Id }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var coordinator = await programme.Coordinator.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync("/api/v1/smart/assess", new { text, programmeId = programme.Id }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync("/api/v1/smart/assess", new { text }, Ct)).StatusCode);
        var unknown = await mentee.PostAsJsonAsync("/api/v1/smart/assess", new { text, programmeId = Guid.NewGuid() }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_coach_beside_the_form_and_on_the_goal_page_offers_the_goal_rewritten()
    {
        var world = await WorldAsync();
        var mentee = await world.Lerato.Mentee.SignInAsync();
        var end = world.Lerato.Programme.EndDate.ToString("d MMMM", CultureInfo.InvariantCulture);

        // The form's coach rewrites the title (not the description) and judges it against the programme the goal will be in.
        var panel = await ThriveApp.PostFormAsync(mentee, "/Goals/Coach", new()
        {
            ["Input.Title"] = "Learn Go", ["Input.Description"] = "I keep <b>putting it off</b>.", ["Input.Category"] = "Technical",
        }, "/Goals/New");
        Assert.Equal(HttpStatusCode.OK, panel.StatusCode);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await panel.Content.ReadAsStringAsync(Ct));
        var version = html.QuerySelector("[data-rewrite='all']")?.TextContent ?? "";
        Assert.Contains($"Learn Go by building one small project that uses it", version, StringComparison.Ordinal);
        Assert.Contains($"by {end}", version, StringComparison.Ordinal);
        Assert.Contains("<why it matters to you>", version, StringComparison.Ordinal); // shown as text
        Assert.DoesNotContain("putting it off", version, StringComparison.Ordinal);

        // The goal page shows the same kind of rewrite for a saved goal.
        var id = (await Given.In(App).GoalAsync(world.Lerato.Mentee, "Get better at AWS")).Id;
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await mentee.GetStringAsync($"/Goals/{id}", Ct));
        Assert.StartsWith("Try this version: ‘Get better at AWS by building one small project that uses it", page.QuerySelector("[data-rewrite='all']")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinator_adds_a_template_that_their_programme_sees()
    {
        var world = await WorldAsync();
        var coordinator = await world.Lerato.Programme.Coordinator.SignInAsync();
        var programme = world.Lerato.Programme.Id;
        var bad = await ThriveApp.PostFormAsync(coordinator, "/Goals/Library", new() { ["Input.ProgrammeId"] = programme.ToString(), ["Input.Title"] = "", ["Input.Category"] = "Career" });
        Assert.Contains("Title is required", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var ok = await ThriveApp.PostFormAsync(coordinator, "/Goals/Library", new() { ["Input.ProgrammeId"] = programme.ToString(), ["Input.Title"] = "Give a lightning talk at the cohort demo day", ["Input.Category"] = "Career" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var mentee = await world.Lerato.Mentee.SignInAsync();
        var career = await mentee.GetStringAsync("/Goals/Library?Category=Career", Ct);
        Assert.Contains("Give a lightning talk at the cohort demo day", career, StringComparison.Ordinal);
        Assert.DoesNotContain("Pass the AWS Cloud Practitioner exam", career, StringComparison.Ordinal); // technical, filtered out
        var mentee2 = await world.Lerato.Mentee.SignInAsync();
        var forbidden = await ThriveApp.PostFormAsync(mentee2, "/Goals/Library", new() { ["Input.ProgrammeId"] = programme.ToString(), ["Input.Title"] = "Mine", ["Input.Category"] = "Career" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Theory]
    [InlineData("Africa/Johannesburg", 23, 30, 2)]
    [InlineData("America/New_York", 20, 0, -5)]
    public async Task Goal_days_are_the_readers_own_late_in_their_evening(string zone, int hour, int minute, int utcOffset)
    {
        var at = NextLocal(zone, hour, minute, TimeSpan.FromHours(utcOffset), App.Clock.GetUtcNow());
        App.Clock.Advance(at - App.Clock.GetUtcNow());
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var owner = await given.MenteeAsync(programme, "Lerato Mokoena", timeZone: zone);
        var id = (await given.GoalAsync(owner, "Pass three practice tests", measure: new GoalMeasure("Practice tests passed", 0, 3))).Id;
        var today = Thrive.Domain.Common.TimeZones.LocalDate(App.Clock.GetUtcNow(), zone);
        var mentee = await owner.SignInAsync();

        // The measure form offers the reader's today; their tomorrow is the future, their today is not.
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await mentee.GetStringAsync($"/Goals/{id}", Ct));
        Assert.Equal(Day(today), page.QuerySelector("input[name='Measure.Date']")?.GetAttribute("value"));
        var tomorrow = await ThriveApp.PostFormAsync(mentee, $"/Goals/{id}?handler=Measure", new() { ["Measure.Date"] = Day(today.AddDays(1)), ["Measure.Value"] = "1" }, $"/Goals/{id}");
        Assert.Contains("The date is in the future", await tomorrow.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var measured = await ThriveApp.PostFormAsync(mentee, $"/Goals/{id}?handler=Measure", new() { ["Measure.Date"] = Day(today), ["Measure.Value"] = "1" }, $"/Goals/{id}");
        Assert.Equal(HttpStatusCode.Redirect, measured.StatusCode);

        // A goal due on the reader's today is not in the past, and the SMART coach reads the date the same way.
        var due = await mentee.PostAsJsonAsync("/api/v1/goals", new { title = "Ship the portfolio", category = "Career", activate = true,
            smart = new { doneCriterion = "Portfolio online", targetDate = Day(today) } }, Ct);
        Assert.Equal(HttpStatusCode.Created, due.StatusCode);
        var overdue = await mentee.PostAsJsonAsync("/api/v1/goals", new { title = "Ship it yesterday", category = "Career", smart = new { targetDate = Day(today.AddDays(-1)) } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, overdue.StatusCode);
        Assert.True((await overdue.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("Smart.TargetDate", out _));
        var assessed = await mentee.PostAsJsonAsync("/api/v1/smart/assess", new { text = "Ship the portfolio", targetDate = Day(today) }, Ct);
        var timeBound = (await assessed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("timeBound");
        Assert.Equal("met", timeBound.GetProperty("verdict").GetString());
    }

    /// <summary>The next moment at <paramref name="hour"/>:<paramref name="minute"/> in the zone while it is <paramref name="offset"/> from UTC (winter, for New York).</summary>
    private static DateTimeOffset NextLocal(string zone, int hour, int minute, TimeSpan offset, DateTimeOffset now)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        for (var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, tz).DateTime); ; day = day.AddDays(1))
        {
            var local = day.ToDateTime(new TimeOnly(hour, minute));
            var at = new DateTimeOffset(local, tz.GetUtcOffset(local));
            if (at > now && at.Offset == offset) return at;
        }
    }

    [Fact]
    public async Task Those_who_run_the_programme_read_a_goals_tasks_without_links_into_the_board()
    {
        var world = await WorldAsync();
        var given = Given.In(App);
        await given.TaskAsync(await given.BoardAsync(world.Lerato.Mentee), "Refactor the navbar into a component", goal: world.Goal);
        var id = world.Goal.Id;
        var coordinator = await (await world.Lerato.Programme.Coordinator.SignInAsync()).GetStringAsync($"/Goals/{id}", Ct);
        Assert.Contains("Refactor the navbar into a component", coordinator, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Tasks/", coordinator, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/Goals/{id}/Grow\"", coordinator, StringComparison.Ordinal);
        var mentor = await (await world.Lerato.Mentor.SignInAsync()).GetStringAsync($"/Goals/{id}", Ct);
        Assert.Contains("href=\"/Tasks/", mentor, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Goals/{id}/Grow\"", mentor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grow_autosave_sends_the_whole_worksheet_and_answers_with_the_readers_time()
    {
        var world = await WorldAsync();
        var id = world.Goal.Id;
        var mentee = await world.Lerato.Mentee.SignInAsync();
        await ThriveApp.PostFormAsync(mentee, $"/Goals/{id}/Grow", Answers((1, "Intermediate level")));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await mentee.GetStringAsync($"/Goals/{id}/Grow", Ct));
        var fields = page.QuerySelectorAll("#grow-form input[name], #grow-form textarea[name]")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.LocalName == "textarea" ? e.TextContent.TrimStart('\n') : e.GetAttribute("value") ?? "");
        Assert.Equal(20, fields.Keys.Count(k => k.EndsWith(".Prompt", StringComparison.Ordinal)));
        Assert.Equal("Intermediate level", fields["Input.Answers[0].Text"]);
        fields["Input.Answers[7].Text"] = "Time, mostly";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/Goals/{id}/Grow") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("HX-Request", "true");
        var saved = await mentee.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.StartsWith("Saved at ", await saved.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var answers = await App.WithDbAsync(db => db.GrowAnswers.Where(a => a.GoalId == id).OrderBy(a => a.Prompt).Select(a => a.Text).ToListAsync());
        Assert.Equal(["Intermediate level", "Time, mostly"], answers);
    }

    [Fact]
    public async Task The_goals_api_states_a_success_schema_and_problem_answers_for_every_operation()
    {
        var doc = JsonDocument.Parse(await App.Anonymous().GetStringAsync("/openapi/v1.json", Ct)).RootElement;
        var operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (Key: $"{m.Name.ToUpperInvariant()} {p.Name}", Op: m.Value)))
            .Where(o => o.Op.TryGetProperty("tags", out var tags) && tags.EnumerateArray().Any(t => t.GetString() == "Goals")).ToList();
        Assert.Equal(8, operations.Count);
        foreach (var (key, op) in operations)
        {
            var responses = op.GetProperty("responses");
            var success = responses.EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
            Assert.True(success.Count == 1, $"{key}: one success answer");
            Assert.True(success[0].Name == "204" || success[0].Value.GetProperty("content").GetProperty("application/json").TryGetProperty("schema", out _), $"{key}: no success schema");
            foreach (var status in new[] { "400", "403", "404" })
                Assert.True(responses.TryGetProperty(status, out var problem) && problem.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{key}: no {status} problem");
            Assert.True(op.TryGetProperty("summary", out _) && op.TryGetProperty("operationId", out _), $"{key}: no name or summary");
        }
        Assert.Contains(operations, o => o.Key == "PUT /api/v1/goals/{id}" && o.Op.GetProperty("responses").TryGetProperty("409", out _));
    }
}
