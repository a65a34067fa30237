using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Pairs;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class PairTests : WebTest
{
    private Task<Guid> ProgrammeIdAsync() => App.WithDbAsync(db => db.Programmes.Select(p => p.Id).FirstAsync());

    private async Task AcceptAsync(string email, string? managerEmail = null)
    {
        await App.WithDbAsync(async db =>
        {
            var p = await db.Participants.SingleAsync(x => x.UserId == db.Users.Single(u => u.Email == email).Id);
            if (managerEmail is not null) p.Submit(p.Answers with { ManagerEmail = managerEmail }, DateTimeOffset.UtcNow);
            p.Review(true, Guid.Empty, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
    }

    private async Task<HttpResponseMessage> PairAsync(HttpClient coordinator, string mentor, string mentee)
    {
        var id = await ProgrammeIdAsync();
        return await ThriveApp.PostFormAsync(coordinator, $"/Programmes/{id}/Pairs/New", new()
        {
            ["Input.MentorId"] = (await App.UserIdAsync(mentor)).ToString(), ["Input.MenteeId"] = (await App.UserIdAsync(mentee)).ToString(), ["Input.Activate"] = "true",
        });
    }

    [Fact]
    public async Task Coordinator_pairs_an_accepted_mentee_and_both_see_it()
    {
        await AcceptAsync("ayesha.applicant@thrive.test");
        await AcceptAsync("bram.applicant@thrive.test");
        var coordinator = await App.SignedInAsync("coordinator@thrive.test");
        var r = await PairAsync(coordinator, "bram.applicant@thrive.test", "ayesha.applicant@thrive.test");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var mentee = await App.SignedInAsync("ayesha.applicant@thrive.test");
        Assert.Contains("Mentor: Bram Smit", WebUtility.HtmlDecode(await mentee.GetStringAsync("/", Ct)), StringComparison.Ordinal);
        var mentor = await App.SignedInAsync("bram.applicant@thrive.test");
        Assert.Contains("Mentee: Ayesha Khan", WebUtility.HtmlDecode(await mentor.GetStringAsync("/", Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pairing_beyond_capacity_is_refused()
    {
        await AcceptAsync("ayesha.applicant@thrive.test");
        var coordinator = await App.SignedInAsync("coordinator@thrive.test");
        var r = await PairAsync(coordinator, "mentor@thrive.test", "ayesha.applicant@thrive.test"); // Daan: 2 of 2
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("at capacity (2 of 2 mentees)", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(6, await App.WithDbAsync(db => db.Pairs.CountAsync()));
    }

    [Fact]
    public async Task A_mentee_is_never_paired_with_their_manager()
    {
        await AcceptAsync("ayesha.applicant@thrive.test", managerEmail: "mentor.lead@thrive.test");
        var coordinator = await App.SignedInAsync("coordinator@thrive.test");
        var r = await PairAsync(coordinator, "mentor.lead@thrive.test", "ayesha.applicant@thrive.test");
        Assert.Contains("the mentee&#x27;s manager", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(6, await App.WithDbAsync(db => db.Pairs.CountAsync()));
    }

    [Fact]
    public async Task Unaccepted_applicant_cannot_be_paired()
    {
        var coordinator = await App.SignedInAsync("coordinator@thrive.test");
        var r = await PairAsync(coordinator, "mentor.lead@thrive.test", "nandi.applicant@thrive.test");
        Assert.Contains("has not been accepted", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dissolving_needs_a_reason_and_frees_the_mentor()
    {
        var coordinator = await App.SignedInAsync("coordinator@thrive.test");
        var pairId = await App.WithDbAsync(db => db.Pairs.Where(p => p.MenteeId == db.Users.Single(u => u.Email == "careers.mentee@thrive.test").Id).Select(p => p.Id).SingleAsync());

        var api = await coordinator.PostAsJsonAsync($"/api/v1/pairs/{pairId}/dissolve", new { reason = "" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("DissolveReason", await api.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var page = await ThriveApp.PostFormAsync(coordinator, $"/Pairs/{pairId}?handler=Dissolve", new() { ["Dissolve.Reason"] = "" }, $"/Pairs/{pairId}");
        Assert.Contains("A reason is required", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(PairState.Active, await App.WithDbAsync(db => db.Pairs.Where(p => p.Id == pairId).Select(p => p.State).SingleAsync()));

        var ok = await ThriveApp.PostFormAsync(coordinator, $"/Pairs/{pairId}?handler=Dissolve", new() { ["Dissolve.Reason"] = "Kabelo moved to a product role; no fault." }, $"/Pairs/{pairId}");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(PairState.Dissolved, await App.WithDbAsync(db => db.Pairs.Where(p => p.Id == pairId).Select(p => p.State).SingleAsync()));

        // The reason stays with the coordinators.
        var mentee = await App.SignedInAsync("careers.mentee@thrive.test");
        Assert.DoesNotContain("product role", await mentee.GetStringAsync($"/Pairs/{pairId}", Ct), StringComparison.Ordinal);

        // Daan has a free seat again.
        await AcceptAsync("ayesha.applicant@thrive.test");
        Assert.Equal(HttpStatusCode.Redirect, (await PairAsync(coordinator, "mentor@thrive.test", "ayesha.applicant@thrive.test")).StatusCode);
    }

    [Fact]
    public async Task Api_pairs_with_problem_details_on_bad_input()
    {
        var id = await ProgrammeIdAsync();
        var coordinator = await App.SignedInAsync("coordinator@thrive.test");
        var r = await coordinator.PostAsJsonAsync($"/api/v1/programmes/{id}/pairs", new { mentorId = Guid.NewGuid(), menteeId = Guid.NewGuid(), activate = true }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("Choose a mentor of this programme", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var list = await coordinator.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/programmes/{id}/pairs?pageSize=2", Ct);
        Assert.Equal(6, list.GetProperty("total").GetInt32());
        Assert.Equal(2, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Programme_page_shows_pairs_to_the_coordinator_only()
    {
        var id = await ProgrammeIdAsync();
        var coordinator = await App.SignedInAsync("coordinator@thrive.test");
        var html = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{id}", Ct));
        Assert.Contains("Thandi Khumalo", html, StringComparison.Ordinal);
        var mentee = await App.SignedInAsync("mentee@thrive.test");
        var theirs = WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Programmes/{id}", Ct));
        Assert.Contains("Week 5 of 12", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Thandi Khumalo", theirs, StringComparison.Ordinal);
    }
}
