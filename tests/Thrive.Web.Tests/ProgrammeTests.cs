using System.Net;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class ProgrammeTests : WebTest
{
    /// <summary>A programme in its fifth week with its coordinator and a mentee, and an admin.</summary>
    private sealed record World(GivenProgramme Programme, GivenPerson Coordinator, GivenPerson Mentee, GivenPerson Admin);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 5);
        return new World(programme, programme.Coordinator, await given.MenteeAsync(programme), await given.AdminAsync());
    }

    private static Dictionary<string, string> Form(string coordinators, string name = "Autumn cohort", string start = "2027-02-01", string weeks = "12") => new()
    {
        ["Input.Name"] = name, ["Input.Description"] = "A new cohort", ["Input.StartDate"] = start, ["Input.LengthWeeks"] = weeks,
        ["Input.Cadence"] = "Weekly", ["Input.Status"] = "IntakeOpen", ["Input.CoordinatorEmails"] = coordinators,
    };

    [Fact]
    public async Task Admin_creates_a_programme_and_its_coordinators_are_invited()
    {
        var world = await WorldAsync();
        var admin = await world.Admin.SignInAsync();
        var r = await ThriveApp.PostFormAsync(admin, "/Admin/Programmes/New", Form($"{world.Coordinator.Email}, new.coord@example.com"));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(r.Headers.Location!.OriginalString, Ct));
        Assert.Contains("Autumn cohort", page, StringComparison.Ordinal);
        Assert.Contains("Starts 1 Feb 2027 · 12 weeks", page, StringComparison.Ordinal);
        Assert.Contains("Getting to know each other", page, StringComparison.Ordinal);
        Assert.True(await App.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Email == "new.coord@example.com")));
        var coordinator = await world.Coordinator.SignInAsync();
        Assert.Contains("Autumn cohort", await coordinator.GetStringAsync("/", Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "2027-02-01", "12", "the coordinator", "Name is required")]
    [InlineData("Cohort", "1850-02-01", "12", "the coordinator", "between the years 2000 and 2100")]
    [InlineData("Cohort", "2027-02-01", "500", "the coordinator", "between 1 and 104")]
    [InlineData("Cohort", "2027-02-01", "12", "", "at least one coordinator")]
    [InlineData("Cohort", "2027-02-01", "12", "not-an-email", "valid email address")]
    [InlineData("Cohort", "not-a-date", "12", "the coordinator", "is not valid")]
    public async Task Bad_programme_input_is_shown_and_nothing_is_saved(string name, string start, string weeks, string coordinators, string message)
    {
        var world = await WorldAsync();
        var admin = await world.Admin.SignInAsync();
        var r = await ThriveApp.PostFormAsync(admin, "/Admin/Programmes/New", Form(coordinators == "the coordinator" ? world.Coordinator.Email : coordinators, name, start, weeks));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.Programmes.CountAsync()));
    }

    [Fact]
    public async Task Over_long_name_is_refused()
    {
        var world = await WorldAsync();
        var admin = await world.Admin.SignInAsync();
        var r = await ThriveApp.PostFormAsync(admin, "/Admin/Programmes/New", Form(world.Coordinator.Email, name: new string('n', 10_000)));
        Assert.Contains("at most 120 characters", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinator_edits_phases_and_bad_phases_are_refused()
    {
        var world = await WorldAsync();
        var coordinator = await world.Coordinator.SignInAsync();
        var id = world.Programme.Id;
        var start = world.Programme.StartDate;
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
        var mentee = await world.Mentee.SignInAsync();
        Assert.Contains("Week 5 of 12 · Getting to know each other", WebUtility.HtmlDecode(await mentee.GetStringAsync("/", Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_answers_bad_input_with_problem_details()
    {
        var admin = await (await WorldAsync()).Admin.SignInAsync();
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
        var world = await WorldAsync();
        var admin = await world.Admin.SignInAsync();
        var r = await admin.PostAsJsonAsync("/api/v1/programmes", new { name = "API cohort", startDate = "2027-01-04", lengthWeeks = 8, cadence = "Fortnightly", status = "Draft", coordinatorEmails = new[] { world.Coordinator.Email } }, Ct);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var list = await (await world.Coordinator.SignInAsync()).GetStringAsync("/api/v1/programmes", Ct);
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
        var given = Given.In(App);
        var nomsa = await given.PersonAsync("Nomsa Dlamini", zone);
        var id = (await given.ProgrammeAsync(coordinator: nomsa)).Id;
        await App.WithDbAsync(db => db.Programmes.Where(p => p.Id == id).ExecuteUpdateAsync(p => p.SetProperty(x => x.StartDate, day.AddDays(-27))));
        var coordinator = await nomsa.SignInAsync();

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
        var admin = await (await Given.In(App).AdminAsync("Pieter de Vries", "America/New_York")).SignInAsync();
        var html = await admin.GetStringAsync("/Admin/Programmes/New", Ct);
        Assert.Contains($"value=\"{day.AddDays(7):yyyy-MM-dd}\"", html, StringComparison.Ordinal);
    }
}
