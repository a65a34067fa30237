using System.Net;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class ProgrammeTests : WebTest
{
    private static Dictionary<string, string> Form(string name = "Autumn cohort", string start = "2027-02-01", string weeks = "12", string coordinators = "coordinator@thrive.test, new.coord@example.com") => new()
    {
        ["Input.Name"] = name, ["Input.Description"] = "A new cohort", ["Input.StartDate"] = start, ["Input.LengthWeeks"] = weeks,
        ["Input.Cadence"] = "Weekly", ["Input.Status"] = "IntakeOpen", ["Input.CoordinatorEmails"] = coordinators,
    };

    [Fact]
    public async Task Admin_creates_a_programme_and_its_coordinators_are_invited()
    {
        var admin = await App.SignedInAsync("admin@thrive.test");
        var r = await ThriveApp.PostFormAsync(admin, "/Admin/Programmes/New", Form());
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(r.Headers.Location!.OriginalString, Ct));
        Assert.Contains("Autumn cohort", page, StringComparison.Ordinal);
        Assert.Contains("Starts 1 Feb 2027 · 12 weeks", page, StringComparison.Ordinal);
        Assert.Contains("Getting to know each other", page, StringComparison.Ordinal);
        Assert.True(await App.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Email == "new.coord@example.com")));
        var coordinator = await App.SignedInAsync("coordinator@thrive.test");
        Assert.Contains("Autumn cohort", await coordinator.GetStringAsync("/", Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "2027-02-01", "12", "coordinator@thrive.test", "Name is required")]
    [InlineData("Cohort", "1850-02-01", "12", "coordinator@thrive.test", "between the years 2000 and 2100")]
    [InlineData("Cohort", "2027-02-01", "500", "coordinator@thrive.test", "between 1 and 104")]
    [InlineData("Cohort", "2027-02-01", "12", "", "at least one coordinator")]
    [InlineData("Cohort", "2027-02-01", "12", "not-an-email", "valid email address")]
    [InlineData("Cohort", "not-a-date", "12", "coordinator@thrive.test", "is not valid")]
    public async Task Bad_programme_input_is_shown_and_nothing_is_saved(string name, string start, string weeks, string coordinators, string message)
    {
        var admin = await App.SignedInAsync("admin@thrive.test");
        var r = await ThriveApp.PostFormAsync(admin, "/Admin/Programmes/New", Form(name, start, weeks, coordinators));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.Programmes.CountAsync()));
    }

    [Fact]
    public async Task Over_long_name_is_refused()
    {
        var admin = await App.SignedInAsync("admin@thrive.test");
        var r = await ThriveApp.PostFormAsync(admin, "/Admin/Programmes/New", Form(name: new string('n', 10_000)));
        Assert.Contains("at most 120 characters", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinator_edits_phases_and_bad_phases_are_refused()
    {
        var coordinator = await App.SignedInAsync("coordinator@thrive.test");
        var id = await App.WithDbAsync(db => db.Programmes.Select(p => p.Id).FirstAsync());
        var start = await App.WithDbAsync(db => db.Programmes.Select(p => p.StartDate).FirstAsync());
        var form = new Dictionary<string, string>
        {
            ["Input.Name"] = "Project Thrive · Spring cohort", ["Input.StartDate"] = start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.LengthWeeks"] = "12", ["Input.Cadence"] = "Weekly", ["Input.Status"] = "Running",
            ["Input.GettingToKnowEndWeek"] = "5", ["Input.GoalsEndWeek"] = "3",
        };
        var bad = await ThriveApp.PostFormAsync(coordinator, $"/Programmes/{id}/Edit", form);
        Assert.Contains("Phase 1 must end", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        form["Input.GettingToKnowEndWeek"] = "5";
        form["Input.GoalsEndWeek"] = "10";
        var ok = await ThriveApp.PostFormAsync(coordinator, $"/Programmes/{id}/Edit", form);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var mentee = await App.SignedInAsync("mentee@thrive.test");
        Assert.Contains("Week 5 of 12 · Getting to know each other", WebUtility.HtmlDecode(await mentee.GetStringAsync("/", Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_answers_bad_input_with_problem_details()
    {
        var admin = await App.SignedInAsync("admin@thrive.test");
        var r = await admin.PostAsJsonAsync("/api/v1/programmes", new { name = "", startDate = "2027-01-04", lengthWeeks = 0, cadence = "Weekly", status = "Draft", coordinatorEmails = Array.Empty<string>() }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType!.MediaType);
        var body = await r.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"Name\"", body, StringComparison.Ordinal);
        Assert.Contains("\"LengthWeeks\"", body, StringComparison.Ordinal);

        var garbage = await admin.PostAsync("/api/v1/programmes", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
    }

    [Fact]
    public async Task Api_creates_and_lists_programmes()
    {
        var admin = await App.SignedInAsync("admin@thrive.test");
        var r = await admin.PostAsJsonAsync("/api/v1/programmes", new { name = "API cohort", startDate = "2027-01-04", lengthWeeks = 8, cadence = "Fortnightly", status = "Draft", coordinatorEmails = new[] { "coordinator@thrive.test" } }, Ct);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var list = await (await App.SignedInAsync("coordinator@thrive.test")).GetStringAsync("/api/v1/programmes", Ct);
        Assert.Contains("API cohort", list, StringComparison.Ordinal);
        Assert.Contains("\"total\":2", list, StringComparison.Ordinal);
    }

    /// <summary>
    /// The programme's page and the API say which week it is on the reader's own day: late in the evening in
    /// Johannesburg (UTC+2), in New York in winter (UTC-5: already tomorrow in UTC), just after midnight in Johannesburg
    /// (still yesterday in UTC). The programme started 27 days before that day: the last day of week 4.
    /// </summary>
    [Theory]
    [InlineData("Africa/Johannesburg", "23:30")]
    [InlineData("America/New_York", "20:00")]
    [InlineData("Africa/Johannesburg", "00:30")]
    public async Task The_programme_page_and_the_api_count_weeks_on_the_readers_own_day(string zone, string time)
    {
        var day = new DateOnly(DateTime.UtcNow.Year + 1, 1, 15); // a winter day ahead: the clock only moves forward
        App.Clock.MoveTo(ShiftableClock.WallTime(zone, day, TimeOnly.Parse(time, CultureInfo.InvariantCulture)));
        var id = await App.WithDbAsync(async db =>
        {
            await db.Programmes.ExecuteUpdateAsync(p => p.SetProperty(x => x.StartDate, day.AddDays(-27)));
            await db.Users.Where(u => u.Email == "coordinator@thrive.test").ExecuteUpdateAsync(u => u.SetProperty(x => x.TimeZone, zone));
            return await db.Programmes.Select(p => p.Id).SingleAsync();
        });
        var coordinator = await App.SignedInAsync("coordinator@thrive.test");

        Assert.Contains("Week 4 of 12 · ", WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{id}", Ct)), StringComparison.Ordinal);
        var one = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{id}", Ct);
        Assert.Equal(4, one.GetProperty("week").GetInt32());
        Assert.StartsWith("Week 4 of 12 · ", one.GetProperty("weekLine").GetString(), StringComparison.Ordinal);
        var list = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/programmes", Ct);
        Assert.StartsWith("Week 4 of 12 · ", list.GetProperty("items")[0].GetProperty("weekLine").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_programme_starts_a_week_after_the_admins_own_today()
    {
        // 20:00 in New York in winter is already tomorrow in UTC.
        var day = new DateOnly(DateTime.UtcNow.Year + 1, 1, 15);
        App.Clock.MoveTo(ShiftableClock.WallTime("America/New_York", day, new TimeOnly(20, 0)));
        await App.WithDbAsync(db => db.Users.Where(u => u.Email == "admin@thrive.test").ExecuteUpdateAsync(u => u.SetProperty(x => x.TimeZone, "America/New_York")));
        var admin = await App.SignedInAsync("admin@thrive.test");
        var html = await admin.GetStringAsync("/Admin/Programmes/New", Ct);
        Assert.Contains($"value=\"{day.AddDays(7):yyyy-MM-dd}\"", html, StringComparison.Ordinal);
    }
}
