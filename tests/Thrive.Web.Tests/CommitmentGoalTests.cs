using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Commitments;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>Habits feed goals: a commitment as a goal's measure, numbers that aim down, notes on check-ins.</summary>
public sealed class CommitmentGoalTests : WebTest
{
    private static string Day(int daysAgo) => Thrive.Domain.Common.TimeZones.LocalDate(DateTimeOffset.UtcNow, "UTC").AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly CommitmentDetails LeetCode = new(CommitmentForm.ImplementationIntention, "solve one LeetCode problem set", "19:00 on Wednesdays",
        "the study room", null, 1, HabitPeriod.Week, CommitmentKind.YesNo);

    private static object Stress(Guid goal, string feed = "CheckInValue") => new
    {
        form = "HabitStacking", behaviour = "rate my stress from 0 to 10", currentHabit = "the Friday retro", times = 1, period = "Week",
        kind = "Number", target = 4, unit = "out of 10", direction = "AtMost", goalId = goal, feed,
    };

    /// <summary>Naledi (DSA) with her goal of 12 problem sets and a weekly commitment checked in the last two weeks; her mentor; another mentee.</summary>
    private sealed record World(GivenPair Pair, GivenGoal Goal, Guid Commitment, GivenPerson Other, GivenProgramme Programme);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Naledi Dube"));
        var goal = await given.GoalAsync(pair.Mentee, "Solve 12 problem sets", measure: new GoalMeasure("problem sets solved", 2, 12));
        var commitment = await given.CommitmentAsync(pair.Mentee, LeetCode, given.Today.AddDays(-20), [given.Today.AddDays(-14), given.Today.AddDays(-7)]);
        return new World(pair, goal, commitment, (await given.PairAsync(programme)).Mentee, programme);
    }

    private Task<decimal?> LatestAsync(Guid goal) => App.WithDbAsync(db => db.MeasureEntries.Where(m => m.GoalId == goal)
        .OrderByDescending(m => m.Date).Select(m => (decimal?)m.Value).FirstOrDefaultAsync());

    private static object Link(Guid goal, string feed) => new
    {
        form = "ImplementationIntention", behaviour = LeetCode.Behaviour, time = LeetCode.Time, location = LeetCode.Location,
        times = 1, period = "Week", kind = "YesNo", goalId = goal, feed,
    };

    [Fact]
    public async Task Each_check_in_counts_one_towards_the_goal_and_undoing_it_takes_it_back()
    {
        var w = await WorldAsync();
        var naledi = await w.Pair.Mentee.SignInAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await naledi.PutAsJsonAsync($"/api/v1/commitments/{w.Commitment}", Link(w.Goal.Id, "CountCheckIns"), Ct)).StatusCode);
        Assert.Equal(4m, await LatestAsync(w.Goal.Id)); // baseline 2 and the two check-ins already there

        var done = await naledi.PostAsJsonAsync($"/api/v1/commitments/{w.Commitment}/check-ins", new { date = Day(0), note = "two mediums" }, Ct);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(5m, await LatestAsync(w.Goal.Id));
        var goal = await naledi.GetFromJsonAsync<JsonElement>($"/api/v1/goals/{w.Goal.Id}", Ct);
        Assert.Equal(0.3m, goal.GetProperty("progress").GetDecimal()); // (5 - 2) / (12 - 2)

        // Typing the measure by hand too would count twice.
        var typed = await naledi.PostAsJsonAsync($"/api/v1/goals/{w.Goal.Id}/measures", new { date = Day(0), value = 9 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, typed.StatusCode);
        Assert.Equal("fed_by_commitment", (await typed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await naledi.DeleteAsync($"/api/v1/commitments/{w.Commitment}/check-ins/{Day(0)}", Ct)).StatusCode);
        Assert.Equal(4m, await LatestAsync(w.Goal.Id));
        // Only naming the goal again: the values the commitment wrote go, the goal is typed by hand once more.
        Assert.Equal(HttpStatusCode.NoContent, (await naledi.PutAsJsonAsync($"/api/v1/commitments/{w.Commitment}", Link(w.Goal.Id, "None"), Ct)).StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.MeasureEntries.CountAsync(m => m.GoalId == w.Goal.Id)));
        Assert.Equal(HttpStatusCode.NoContent, (await naledi.PostAsJsonAsync($"/api/v1/goals/{w.Goal.Id}/measures", new { date = Day(0), value = 5 }, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_stress_level_over_its_limit_is_a_miss_with_a_question_and_sets_the_goals_value()
    {
        var w = await WorldAsync();
        var given = Given.In(App);
        var goal = await given.GoalAsync(w.Other, "Keep stress at 4 or below", measure: new GoalMeasure("stress level", 8, 4));
        var me = await w.Other.SignInAsync();
        var created = await me.PostAsJsonAsync("/api/v1/commitments", Stress(goal.Id), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var heavy = await ThriveApp.PostFormAsync(me, $"/Commitments?handler=CheckIn&commitmentId={id}",
            new() { ["CheckIn.Date"] = Day(0), ["CheckIn.Value"] = "7", ["CheckIn.Note"] = "release week <script>alert(1)</script>" }, "/Commitments");
        Assert.Equal(HttpStatusCode.Redirect, heavy.StatusCode);
        var page = await me.GetStringAsync(heavy.Headers.Location!.ToString(), Ct);
        var text = WebUtility.HtmlDecode(page);
        Assert.Contains("Above your limit of 4 out of 10 this time; what made this week heavy?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Keep the chain going", text, StringComparison.Ordinal);
        // A limit passed is a question, not good news: the note is not shown in the success colour.
        Assert.Contains("<div class=\"alert alert-warning\" role=\"status\">Above your limit", page, StringComparison.Ordinal);
        Assert.DoesNotContain("alert-success", page, StringComparison.Ordinal);
        Assert.Equal(7m, await LatestAsync(goal.Id));

        var card = (await me.GetFromJsonAsync<JsonElement>($"/api/v1/commitments/{id}", Ct));
        Assert.Equal("AtMost", card.GetProperty("direction").GetString());
        Assert.Equal(0, card.GetProperty("currentStreak").GetInt32());
        var checkIn = card.GetProperty("checkIns").EnumerateArray().Single();
        Assert.False(checkIn.GetProperty("met").GetBoolean());
        Assert.Equal("release week <script>alert(1)</script>", checkIn.GetProperty("note").GetString());
        Assert.Equal(goal.Id, card.GetProperty("goal").GetProperty("id").GetGuid());

        // The note is shown as text on the commitment page, and the goal page lists the commitment.
        var details = await me.GetStringAsync($"/Commitments/{id}", Ct);
        Assert.Contains("release week &lt;script&gt;", details, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", details, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Goals/{goal.Id}\"", details, StringComparison.Ordinal);
        Assert.Contains("What is strength?", details, StringComparison.Ordinal);
        var goalPage = WebUtility.HtmlDecode(await me.GetStringAsync($"/Goals/{goal.Id}", Ct));
        Assert.Contains("After the Friday retro, I will rate my stress from 0 to 10.", goalPage, StringComparison.Ordinal);
        Assert.Contains("measures this goal", goalPage, StringComparison.Ordinal);
        Assert.Contains("once a week, at most 4 out of 10 each time", goalPage, StringComparison.Ordinal);

        // Recorded again as a calm week: within the limit, said so, and the goal's value follows.
        Assert.Equal(HttpStatusCode.NoContent, (await me.DeleteAsync($"/api/v1/commitments/{id}/check-ins/{Day(0)}", Ct)).StatusCode);
        var calm = await me.PostAsJsonAsync($"/api/v1/commitments/{id}/check-ins", new { date = Day(0), value = 3 }, Ct);
        var outcome = await calm.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(outcome.GetProperty("met").GetBoolean());
        Assert.Contains("within your limit", outcome.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(3m, await LatestAsync(goal.Id));
        Assert.Equal(1, await App.WithDbAsync(db => db.MeasureEntries.CountAsync(m => m.GoalId == goal.Id)));
    }

    [Fact]
    public async Task A_commitment_feeds_only_its_owners_goal_in_the_same_programme()
    {
        var w = await WorldAsync();
        var given = Given.In(App);
        var elsewhere = await given.ProgrammeAsync("Another cohort");
        var otherProgrammeGoal = await given.GoalAsync(w.Pair.Mentee.In(elsewhere, Guid.NewGuid()), "Old goal", measure: new GoalMeasure("talks", 0, 3));
        var unmeasured = await given.GoalAsync(w.Pair.Mentee, "Feel at home in the team");
        var naledi = await w.Pair.Mentee.SignInAsync();
        var before = await App.WithDbAsync(db => db.Commitments.AsNoTracking().FirstAsync(c => c.Id == w.Commitment));
        var cases = new (object Body, string Field)[]
        {
            (Link(w.Goal.Id, "CheckInValue"), "Feed"), // a yes/no check-in has no value to set
            (Link(otherProgrammeGoal.Id, "CountCheckIns"), "GoalId"),
            (Link(unmeasured.Id, "CountCheckIns"), "Feed"),
            (Link(Guid.NewGuid(), "None"), "GoalId"),
        };
        foreach (var (body, field) in cases)
        {
            var refused = await naledi.PutAsJsonAsync($"/api/v1/commitments/{w.Commitment}", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _), $"{body}: no {field} error");
        }
        // Someone else's goal, on the page and by the API.
        var theirs = await given.GoalAsync(w.Other, "Their goal", measure: new GoalMeasure("posts", 0, 4));
        var page = await ThriveApp.PostFormAsync(naledi, "/Commitments?handler=Create", new()
        {
            ["Input.Form"] = "ImplementationIntention", ["Input.Behaviour"] = "write a post", ["Input.Time"] = "Sunday", ["Input.Location"] = "home",
            ["Input.Times"] = "1", ["Input.Period"] = "Week", ["Input.Kind"] = "YesNo", ["Input.GoalId"] = theirs.Id.ToString(), ["Input.Feed"] = "CountCheckIns",
        }, "/Commitments");
        Assert.Contains("Choose one of your own goals in this programme", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await naledi.PutAsJsonAsync($"/api/v1/commitments/{w.Commitment}", Link(theirs.Id, "CountCheckIns"), Ct)).StatusCode);
        // Two commitments cannot both set one goal's measure.
        Assert.Equal(HttpStatusCode.NoContent, (await naledi.PutAsJsonAsync($"/api/v1/commitments/{w.Commitment}", Link(w.Goal.Id, "CountCheckIns"), Ct)).StatusCode);
        var second = await naledi.PostAsJsonAsync("/api/v1/commitments", new
        {
            form = "ImplementationIntention", behaviour = "review one solution", time = "Sunday", location = "home", times = 1, period = "Week", kind = "YesNo",
            goalId = w.Goal.Id, feed = "CountCheckIns",
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("already measures this goal", await second.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.Commitments.CountAsync(c => c.OwnerId == w.Pair.Mentee.Id)));
        Assert.Null(before.GoalId);
    }

    [Fact]
    public async Task Bad_check_ins_are_refused_by_field_and_nothing_is_half_saved()
    {
        var w = await WorldAsync();
        var given = Given.In(App);
        var goal = await given.GoalAsync(w.Other, "Keep stress at 4 or below", measure: new GoalMeasure("stress level", 8, 4));
        var me = await w.Other.SignInAsync();
        var id = (await (await me.PostAsJsonAsync("/api/v1/commitments", Stress(goal.Id), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var cases = new (object Body, string Field)[]
        {
            (new { date = Day(0), value = 3, note = new string('x', 100_000) }, "Note"),
            (new { date = Day(0), value = -1 }, "Value"),
            (new { date = Day(0), value = 1_000_000_000_000m }, "Value"),
            (new { date = Day(0) }, "Value"),
        };
        foreach (var (body, field) in cases)
        {
            var refused = await me.PostAsJsonAsync($"/api/v1/commitments/{id}/check-ins", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _), $"no {field} error");
        }
        var page = await ThriveApp.PostFormAsync(me, $"/Commitments/{id}?handler=CheckIn", new() { ["CheckIn.Date"] = Day(0), ["CheckIn.Value"] = "3", ["CheckIn.Note"] = new string('y', 100_000) }, $"/Commitments/{id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // the form again, with the reason beside the note
        Assert.Contains("The note", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.CheckIns.CountAsync(x => x.CommitmentId == id)));
        Assert.Equal(0, await App.WithDbAsync(db => db.MeasureEntries.CountAsync(m => m.GoalId == goal.Id)));
        // Zero is the best stress news, and allowed under a limit.
        Assert.Equal(HttpStatusCode.OK, (await me.PostAsJsonAsync($"/api/v1/commitments/{id}/check-ins", new { date = Day(0), value = 0 }, Ct)).StatusCode);
        Assert.Equal(0m, await LatestAsync(goal.Id));
    }

    [Fact]
    public async Task The_mentor_reads_the_commitment_page_and_only_the_owner_changes_it()
    {
        var w = await WorldAsync();
        var mentor = await w.Pair.Mentor.SignInAsync();
        var page = WebUtility.HtmlDecode(await mentor.GetStringAsync($"/Commitments/{w.Commitment}", Ct));
        Assert.Contains("I will solve one LeetCode problem set", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Change the commitment", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Mon</th>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.PutAsJsonAsync($"/api/v1/commitments/{w.Commitment}", Link(w.Goal.Id, "CountCheckIns"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.DeleteAsync($"/api/v1/commitments/{w.Commitment}/check-ins/{Day(7)}", Ct)).StatusCode);
        var other = await w.Other.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/Commitments/{w.Commitment}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/commitments/{w.Commitment}", Ct)).StatusCode);
        Assert.Equal(2, await App.WithDbAsync(db => db.CheckIns.CountAsync(x => x.CommitmentId == w.Commitment)));
    }
}
