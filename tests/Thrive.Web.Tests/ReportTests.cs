using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Goals;
using Thrive.Domain.Intake;
using Thrive.Domain.Sessions;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// A programme's report: real figures from a built cohort on the page, in the API and in the CSV downloads; counts only,
/// never anyone's words; ratings only from five raters; an empty programme; cohorts side by side; who may read it.
/// </summary>
public sealed class ReportTests : WebTest
{
    private sealed record Cohort(GivenProgramme Programme, GivenPair A, GivenPair B, GivenPair C);

    /// <summary>
    /// Week 5 of 12 (phases: weeks 1-2, 3-10, 11-12). Four accepted mentees, three matched 4, 2 and 10 days after their
    /// acceptance; pair C ended early. Five sessions (weeks 2, 3, 4, 4, 5), four held; five people rated them unnamed
    /// (4, 4, 5, 3, 2) and one named (1). Goals: a technical one achieved, a career one active, a draft.
    /// </summary>
    private async Task<Cohort> CohortAsync(string? name = null)
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(name);
        var a = await given.PairAsync(programme);
        var b = await given.PairAsync(programme);
        var c = await given.PairAsync(programme);
        await given.MenteeAsync(programme);
        var start = new DateTimeOffset(programme.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var a1 = await given.HeldSessionAsync(a, daysAgo: 14, notes: "Private words of pair A");
        var a2 = await given.HeldSessionAsync(a, daysAgo: 7);
        var b1 = await given.HeldSessionAsync(b, daysAgo: 10);
        var c1 = await given.HeldSessionAsync(c, daysAgo: 20);
        await given.SessionAsync(b, given.Now.AddDays(3));
        await given.SessionRatingAsync(a1, a.Mentee, 4, "Secret comment about my mentor");
        await given.SessionRatingAsync(a2, a.Mentor, 4);
        await given.SessionRatingAsync(b1, b.Mentee, 5);
        await given.SessionRatingAsync(b1, b.Mentor, 3);
        await given.SessionRatingAsync(c1, c.Mentee, 2);
        await given.SessionRatingAsync(c1, c.Mentor, 1, named: true);
        var achieved = await given.GoalAsync(a.Mentee, "Ship the portfolio site", category: GoalCategory.Technical);
        await given.GoalAsync(a.Mentee, "Lead a retrospective", category: GoalCategory.Career);
        await given.GoalAsync(b.Mentee, "A draft goal", active: false, category: GoalCategory.Personal);
        await App.WithDbAsync(async db =>
        {
            var goal = await db.Goals.SingleAsync(g => g.Id == achieved.Id, Ct);
            goal.MarkAchieved(given.Now);
            var pair = await db.Pairs.SingleAsync(p => p.Id == c.Id, Ct);
            pair.Dissolve("Moved abroad for a new job", given.Now);
            foreach (var (mentee, days) in new[] { (a.Mentee, 4), (b.Mentee, 2), (c.Mentee, 10) })
            {
                var place = await db.Participants.SingleAsync(p => p.ProgrammeId == programme.Id && p.UserId == mentee.Id, Ct);
                db.Entry(place).Property(nameof(Participant.ReviewedAt)).CurrentValue = (DateTimeOffset?)start.AddDays(-days);
            }
            return await db.SaveChangesAsync(Ct);
        });
        return new Cohort(programme, a, b, c);
    }

    private static string[] Lines(string csv) => csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task The_coordinator_reads_the_cohorts_figures_on_the_report_and_never_anyones_words()
    {
        var cohort = await CohortAsync();
        var id = cohort.Programme.Id;
        var coordinator = await cohort.Programme.Coordinator.SignInAsync();

        var programmePage = await coordinator.GetStringAsync($"/Programmes/{id}", Ct);
        Assert.Contains($"href=\"/Programmes/{id}/Report\"", programmePage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Programmes/{id}/Report\"", await coordinator.GetStringAsync("/", Ct), StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{id}/Report", Ct));
        Assert.Contains("75%", page, StringComparison.Ordinal);
        Assert.Contains("3 of 4 accepted", page, StringComparison.Ordinal);
        Assert.Contains("4 days", page, StringComparison.Ordinal);
        Assert.Contains("of 5 planned", page, StringComparison.Ordinal);
        Assert.Contains("3.6 of 5", page, StringComparison.Ordinal);
        Assert.Contains("5 ratings by 5 people", page, StringComparison.Ordinal);
        Assert.Contains("data-chart-for=\"t-sessions\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"t-sessions\"", page, StringComparison.Ordinal);
        foreach (var words in new[] { "Private words of pair A", "Secret comment about my mentor", "Moved abroad", "Keep going" })
            Assert.DoesNotContain(words, page, StringComparison.Ordinal);

        var sessions = Lines(await coordinator.GetStringAsync($"/Programmes/{id}/Report?handler=Csv&table=sessions", Ct));
        Assert.Equal("Week,Week starts,Phase,Planned,Held", sessions[0]);
        Assert.Equal(13, sessions.Length);
        var start = cohort.Programme.StartDate;
        Assert.Equal($"2,{start.AddDays(7):yyyy-MM-dd},Getting to know each other,1,1", sessions[2]);
        Assert.Equal($"3,{start.AddDays(14):yyyy-MM-dd},Working on goals,1,1", sessions[3]);
        Assert.Equal($"4,{start.AddDays(21):yyyy-MM-dd},Working on goals,2,2", sessions[4]);
        Assert.Equal($"5,{start.AddDays(28):yyyy-MM-dd},Working on goals,1,0", sessions[5]);

        Assert.Equal(["Accepted mentees,Matched mentees,Matched (%),Median days to match", "4,3,75,4"],
            Lines(await coordinator.GetStringAsync($"/Programmes/{id}/Report?handler=Csv&table=matching", Ct)));
        Assert.Equal(["Kind,Set,Active,Achieved,Dropped", "Technical,1,0,1,0", "Career,1,1,0,0", "Personal,0,0,0,0"],
            Lines(await coordinator.GetStringAsync($"/Programmes/{id}/Report?handler=Csv&table=goals", Ct)));
        Assert.Equal(["State,Pairs", "Proposed,0", "Active,2", "Completed,0", "Ended early,1", "Withdrawn before starting,0"],
            Lines(await coordinator.GetStringAsync($"/Programmes/{id}/Report?handler=Csv&table=pairs", Ct)));
        Assert.Equal(["Score,Ratings", "1,0", "2,1", "3,1", "4,2", "5,1"],
            Lines(await coordinator.GetStringAsync($"/Programmes/{id}/Report?handler=Csv&table=ratings", Ct)));
        var phases = Lines(await coordinator.GetStringAsync($"/Programmes/{id}/Report?handler=Csv&table=phases", Ct));
        Assert.Equal("Phase,From,To,Sessions planned,Sessions held,Goals achieved,Pairs ended early", phases[0]);
        Assert.Equal($"Getting to know each other,{start:yyyy-MM-dd},{start.AddDays(13):yyyy-MM-dd},1,1,0,0", phases[1]);
        Assert.Equal($"Working on goals,{start.AddDays(14):yyyy-MM-dd},{start.AddDays(69):yyyy-MM-dd},4,3,1,1", phases[2]);
        Assert.Equal($"Reflecting and revising,{start.AddDays(70):yyyy-MM-dd},{start.AddDays(83):yyyy-MM-dd},0,0,0,0", phases[3]);

        var csv = await coordinator.GetAsync($"/Programmes/{id}/Report?handler=Csv&table=pairs", Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/Programmes/{id}/Report?handler=Csv&table=notes", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_api_gives_the_same_figures_and_refuses_other_coordinators_mentors_and_mentees_with_problems()
    {
        var cohort = await CohortAsync();
        var id = cohort.Programme.Id;
        var coordinator = await cohort.Programme.Coordinator.SignInAsync();
        var report = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{id}/report", Ct);
        var matching = report.GetProperty("matching");
        Assert.Equal((4, 3, 0.75, 4.0), (matching.GetProperty("acceptedMentees").GetInt32(), matching.GetProperty("matchedMentees").GetInt32(),
            matching.GetProperty("matchedShare").GetDouble(), matching.GetProperty("medianDaysToMatch").GetDouble()));
        var ratings = report.GetProperty("ratings");
        Assert.True(ratings.GetProperty("shown").GetBoolean());
        Assert.Equal(3.6, ratings.GetProperty("average").GetDouble());
        Assert.Equal((5, 4), (report.GetProperty("sessions").GetProperty("planned").GetInt32(), report.GetProperty("sessions").GetProperty("held").GetInt32()));
        Assert.Equal((2, 1), (report.GetProperty("pairs").GetProperty("active").GetInt32(), report.GetProperty("pairs").GetProperty("endedEarly").GetInt32()));
        Assert.Equal(12, report.GetProperty("weeks").GetArrayLength());
        Assert.Equal(5, report.GetProperty("currentWeek").GetInt32());
        Assert.DoesNotContain("Secret comment", report.GetRawText(), StringComparison.Ordinal);

        var given = Given.In(App);
        var other = await given.ProgrammeAsync();
        foreach (var person in new[] { other.Coordinator, cohort.A.Mentor, cohort.A.Mentee })
        {
            var client = await person.SignInAsync();
            var api = await client.GetAsync($"/api/v1/programmes/{id}/report", Ct);
            Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Programmes/{id}/Report?handler=Csv&table=sessions", Ct)).StatusCode);
        }
        var missing = await coordinator.GetAsync($"/api/v1/programmes/{Guid.NewGuid()}/report", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Ratings_from_fewer_than_five_people_are_not_shown()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme);
        var held = await given.HeldSessionAsync(pair, daysAgo: 3);
        await given.SessionRatingAsync(held, pair.Mentee, 5);
        await given.SessionRatingAsync(held, pair.Mentor, 2);
        var coordinator = await programme.Coordinator.SignInAsync();
        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{programme.Id}/Report", Ct));
        Assert.Contains("Fewer than 5 people have rated sessions (2 people so far)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("3.5", page, StringComparison.Ordinal);
        Assert.Equal(["Score,Ratings"], Lines(await coordinator.GetStringAsync($"/Programmes/{programme.Id}/Report?handler=Csv&table=ratings", Ct)));
        var api = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{programme.Id}/report", Ct);
        Assert.Equal(JsonValueKind.Null, api.GetProperty("ratings").GetProperty("average").ValueKind);
    }

    [Fact]
    public async Task A_programme_without_pairs_says_so_and_its_downloads_hold_only_their_header()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var coordinator = await programme.Coordinator.SignInAsync();
        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{programme.Id}/Report", Ct));
        Assert.Contains("No pairs yet", page, StringComparison.Ordinal);
        Assert.Contains("hold only their header row", page, StringComparison.Ordinal);
        foreach (var (table, header) in new[] { ("sessions", "Week,Week starts,Phase,Planned,Held"), ("matching", "Accepted mentees,Matched mentees,Matched (%),Median days to match"), ("pairs", "State,Pairs"), ("goals", "Kind,Set,Active,Achieved,Dropped") })
        {
            var response = await coordinator.GetAsync($"/Programmes/{programme.Id}/Report?handler=Csv&table={table}", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([header], Lines(await response.Content.ReadAsStringAsync(Ct)));
        }
    }

    [Fact]
    public async Task Cohorts_compare_side_by_side_with_quoted_formula_safe_csv_and_only_programmes_the_reader_runs()
    {
        var cohort = await CohortAsync("=HYPERLINK(\"x\"), spring");
        var given = Given.In(App);
        var second = await given.ProgrammeAsync("Autumn cohort", week: 3, coordinator: cohort.Programme.Coordinator); // starts later: listed first
        await given.PairAsync(second);
        var foreign = await given.ProgrammeAsync("Someone else's cohort");
        var coordinator = await cohort.Programme.Coordinator.SignInAsync();

        var query = $"programmes={cohort.Programme.Id}&programmes={second.Id}&programmes={foreign.Id}";
        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Reports?{query}", Ct));
        Assert.Contains("Autumn cohort", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Someone else's cohort", page, StringComparison.Ordinal);
        Assert.Contains("Median days to match", page, StringComparison.Ordinal);

        var csv = Lines(await coordinator.GetStringAsync($"/Reports?handler=Csv&{query}", Ct));
        Assert.Equal("Figure,Autumn cohort,\"'=HYPERLINK(\"\"x\"\"), spring\"", csv[0]);
        Assert.Contains("Sessions held,0,4", csv);
        Assert.Contains("Pairs ended early,0,1", csv);
        Assert.DoesNotContain(csv, l => l.Contains("Someone else", StringComparison.Ordinal));

        var mentee = await cohort.A.Mentee.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await mentee.GetAsync($"/Reports?{query}", Ct)).StatusCode);
        var one = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Reports?programmes={second.Id}", Ct));
        Assert.Contains("Choose at least one more programme", one, StringComparison.Ordinal);
        Assert.Equal(["Figure"], Lines(await coordinator.GetStringAsync($"/Reports?handler=Csv&programmes={second.Id}", Ct)));
    }
}
