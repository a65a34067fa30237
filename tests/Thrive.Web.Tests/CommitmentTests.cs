using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Commitments;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class CommitmentTests : WebTest
{
    // The people here live in UTC (the builder's default): "today" is their day.
    private static string Day(int daysAgo) => Thrive.Domain.Common.TimeZones.LocalDate(DateTimeOffset.UtcNow, "UTC").AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<Guid> CommitmentOfAsync(GivenPerson owner) => App.WithDbAsync(db => db.Commitments.Where(c => c.OwnerId == owner.Id).Select(c => c.Id).FirstAsync());

    /// <summary>
    /// Thandi and her mentor; Thandi checked in to her weekly LeetCode commitment each of the last five weeks.
    /// Johan took a day off each week but has missed the last two. The other mentee has no commitments.
    /// </summary>
    private sealed record World(GivenPair Thandi, GivenPerson Johan, GivenPerson OtherMentee);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var thandi = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Thandi Khumalo"));
        var johan = (await given.PairAsync(programme)).Mentee;
        var monday = given.Today.AddDays(-(((int)given.Today.DayOfWeek + 6) % 7));
        DateOnly WednesdayWeeksAgo(int weeks) => monday.AddDays(-7 * weeks + 2);
        await given.CommitmentAsync(thandi.Mentee, new CommitmentDetails(CommitmentForm.ImplementationIntention, "solve at least one LeetCode problem set",
            "19:00 on Wednesdays", "the study room at home", null, 1, HabitPeriod.Week, CommitmentKind.YesNo),
            monday.AddDays(-35), [.. Enumerable.Range(1, 5).Select(WednesdayWeeksAgo)]);
        await given.CommitmentAsync(johan, new CommitmentDetails(CommitmentForm.ImplementationIntention, "take a full day off from code", "the weekend",
            "the garden", null, 1, HabitPeriod.Week, CommitmentKind.YesNo), monday.AddDays(-35), [.. Enumerable.Range(3, 3).Select(WednesdayWeeksAgo)]);
        return new World(thandi, johan, (await given.PairAsync(programme)).Mentee);
    }

    [Fact]
    public async Task Commitments_show_streaks_and_the_never_miss_twice_warning()
    {
        var world = await WorldAsync();
        var dsa = await world.Thandi.Mentee.SignInAsync();
        var html = WebUtility.HtmlDecode(await dsa.GetStringAsync("/Commitments", Ct));
        Assert.Contains("I will solve at least one LeetCode problem set at 19:00 on Wednesdays in the study room at home.", html, StringComparison.Ordinal);
        Assert.Contains("Streak: <strong>5 weeks</strong>", html, StringComparison.Ordinal);
        var patterns = await world.Johan.SignInAsync();
        Assert.Contains("Missed twice in a row", await patterns.GetStringAsync("/Commitments", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_commitment_is_explained_when_incomplete_and_checked_in_once_a_day()
    {
        var me = (await WorldAsync()).OtherMentee;
        var mentee = await me.SignInAsync();
        var bad = await ThriveApp.PostFormAsync(mentee, "/Commitments?handler=Create", new() { ["Input.Form"] = "ImplementationIntention", ["Input.Behaviour"] = "", ["Input.Times"] = "9", ["Input.Period"] = "Week", ["Input.Kind"] = "YesNo" }, "/Commitments");
        var text = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Contains("What you will do is required", text, StringComparison.Ordinal);
        Assert.Contains("at most 7", text, StringComparison.Ordinal);
        var ok = await ThriveApp.PostFormAsync(mentee, "/Commitments?handler=Create", new()
        {
            ["Input.Form"] = "HabitStacking", ["Input.Behaviour"] = "update my board", ["Input.CurrentHabit"] = "my morning coffee", ["Input.Times"] = "1", ["Input.Period"] = "Day", ["Input.Kind"] = "YesNo",
        }, "/Commitments");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var id = await CommitmentOfAsync(me);
        string Url(string handler) => $"/Commitments?handler={handler}&commitmentId={id}";
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentee, Url("CheckIn"), new() { ["CheckIn.Date"] = Day(0) }, "/Commitments")).StatusCode);
        var twice = await ThriveApp.PostFormAsync(mentee, Url("CheckIn"), new() { ["CheckIn.Date"] = Day(0) }, "/Commitments");
        Assert.Contains("You already checked in for", await twice.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var future = await ThriveApp.PostFormAsync(mentee, Url("CheckIn"), new() { ["CheckIn.Date"] = Day(-1) }, "/Commitments");
        Assert.Contains("has not happened yet", await future.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var old = await ThriveApp.PostFormAsync(mentee, Url("CheckIn"), new() { ["CheckIn.Date"] = Day(8) }, "/Commitments");
        Assert.Contains("up to 7 days back", await old.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.CheckIns.CountAsync(c => c.CommitmentId == id)));
    }

    [Fact]
    public async Task The_mentor_reads_commitments_and_others_cannot()
    {
        var world = await WorldAsync();
        var owner = world.Thandi.Mentee.Id;
        var mentor = await world.Thandi.Mentor.SignInAsync();
        var page = await mentor.GetStringAsync($"/Commitments?owner={owner}", Ct);
        Assert.Contains("LeetCode", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Check in</span>", page, StringComparison.Ordinal);
        var id = await CommitmentOfAsync(world.Thandi.Mentee);
        var tamper = await ThriveApp.PostFormAsync(mentor, $"/Commitments?handler=CheckIn&commitmentId={id}", new() { ["CheckIn.Date"] = Day(0) }, "/Commitments");
        Assert.Equal(HttpStatusCode.Forbidden, tamper.StatusCode);
        var other = await world.OtherMentee.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/Commitments?owner={owner}", Ct)).StatusCode);
    }
    [Fact]
    public async Task The_api_lists_commitments_with_their_streaks_and_the_owner_checks_in_once_a_day()
    {
        var world = await WorldAsync();
        var owner = world.Thandi.Mentee.Id;
        var id = await CommitmentOfAsync(world.Thandi.Mentee);
        var thandi = await world.Thandi.Mentee.SignInAsync();
        var list = await thandi.GetFromJsonAsync<JsonElement>("/api/v1/commitments", Ct);
        Assert.Equal(owner, list.GetProperty("ownerId").GetGuid());
        var card = list.GetProperty("commitments").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == id);
        Assert.Contains("LeetCode", card.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.True(card.GetProperty("strength").GetDouble() > 0);
        var checkedIn = card.GetProperty("checkedIn").EnumerateArray().Select(d => d.GetString()).ToHashSet();
        var free = Enumerable.Range(0, 8).Select(Day).First(d => !checkedIn.Contains(d));

        var done = await thandi.PostAsJsonAsync($"/api/v1/commitments/{id}/check-ins", new { date = free, note = "Two mediums" }, Ct);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Keep the chain going", (await done.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("message").GetString(), StringComparison.Ordinal);
        var after = await thandi.GetFromJsonAsync<JsonElement>("/api/v1/commitments", Ct);
        Assert.Contains(free, after.GetProperty("commitments").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == id)
            .GetProperty("checkedIn").EnumerateArray().Select(d => d.GetString()));

        // Twice the same day, no day, a day in the future or too long ago: ProblemDetails, nothing saved.
        var count = await App.WithDbAsync(db => db.CheckIns.CountAsync(x => x.CommitmentId == id));
        foreach (var body in new object[] { new { date = free }, new { note = "no day" }, new { date = Day(-1) }, new { date = Day(30) } })
        {
            var refused = await thandi.PostAsJsonAsync($"/api/v1/commitments/{id}/check-ins", body, Ct);
            Assert.True((int)refused.StatusCode is >= 400 and < 500, $"{body}: {(int)refused.StatusCode}");
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(count, await App.WithDbAsync(db => db.CheckIns.CountAsync(x => x.CommitmentId == id)));

        // Her mentor reads them but does not check in for her; another mentee does neither.
        var mentor = await world.Thandi.Mentor.SignInAsync();
        var read = await mentor.GetFromJsonAsync<JsonElement>($"/api/v1/commitments?owner={owner}", Ct);
        Assert.Contains(read.GetProperty("commitments").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.PostAsJsonAsync($"/api/v1/commitments/{id}/check-ins", new { date = Day(0) }, Ct)).StatusCode);
        var other = await world.OtherMentee.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/commitments?owner={owner}", Ct)).StatusCode);
    }
}
