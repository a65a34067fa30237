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
    /// <summary>
    /// A programme in its fifth week: Daan mentors Lerato and Kabelo (2 of his 2 seats), Ruben mentors Thandi; Sanne and
    /// Bram are accepted mentors without mentees, Ayesha an accepted mentee without a mentor; Nandi has only applied.
    /// </summary>
    private sealed record World(GivenProgramme Programme, GivenPerson Daan, GivenPerson Sanne, GivenPerson Bram, GivenPerson Ayesha, GivenPerson Nandi,
        GivenPair Kabelo, GivenPerson Lerato);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 5);
        var daan = await given.MentorAsync(programme, "Daan Jansen", capacity: 2);
        var lerato = (await given.PairAsync(programme, daan, await given.MenteeAsync(programme, "Lerato Mokoena"))).Mentee;
        var kabelo = await given.PairAsync(programme, daan, await given.MenteeAsync(programme, "Kabelo Molefe"));
        await given.PairAsync(programme, await given.MentorAsync(programme, "Ruben Visser"), await given.MenteeAsync(programme, "Thandi Khumalo"));
        return new World(programme, daan, await given.MentorAsync(programme, "Sanne Bakker"), await given.MentorAsync(programme, "Bram Smit", capacity: 2),
            await given.MenteeAsync(programme, "Ayesha Khan"), await given.MenteeAsync(programme, "Nandi Zulu", status: ApplicationStatus.Applied), kabelo, lerato);
    }

    private Task<int> PairCountAsync() => App.WithDbAsync(db => db.Pairs.CountAsync());

    private static Task<HttpResponseMessage> PairAsync(HttpClient coordinator, World world, GivenPerson mentor, GivenPerson mentee) =>
        ThriveApp.PostFormAsync(coordinator, $"/Programmes/{world.Programme.Id}/Pairs/New", new()
        {
            ["Input.MentorId"] = mentor.Id.ToString(), ["Input.MenteeId"] = mentee.Id.ToString(), ["Input.Activate"] = "true",
        });

    [Fact]
    public async Task Coordinator_pairs_an_accepted_mentee_and_both_see_it()
    {
        var world = await WorldAsync();
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        var r = await PairAsync(coordinator, world, world.Bram, world.Ayesha);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var mentee = await world.Ayesha.SignInAsync();
        Assert.Contains("Mentor: Bram Smit", WebUtility.HtmlDecode(await mentee.GetStringAsync("/", Ct)), StringComparison.Ordinal);
        var mentor = await world.Bram.SignInAsync();
        Assert.Contains("Mentee: Ayesha Khan", WebUtility.HtmlDecode(await mentor.GetStringAsync("/", Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pairing_beyond_capacity_is_refused()
    {
        var world = await WorldAsync();
        var pairs = await PairCountAsync();
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        var r = await PairAsync(coordinator, world, world.Daan, world.Ayesha); // Daan: 2 of 2
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("at capacity (2 of 2 mentees)", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(pairs, await PairCountAsync());
    }

    [Fact]
    public async Task A_mentee_is_never_paired_with_their_manager()
    {
        var world = await WorldAsync();
        var managed = await Given.In(App).MenteeAsync(world.Programme, "Mpho Dube", managerEmail: world.Sanne.Email);
        var pairs = await PairCountAsync();
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        var r = await PairAsync(coordinator, world, world.Sanne, managed);
        Assert.Contains("the mentee&#x27;s manager", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(pairs, await PairCountAsync());
    }

    [Fact]
    public async Task Unaccepted_applicant_cannot_be_paired()
    {
        var world = await WorldAsync();
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        var r = await PairAsync(coordinator, world, world.Sanne, world.Nandi);
        Assert.Contains("has not been accepted", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dissolving_needs_a_reason_and_frees_the_mentor()
    {
        var world = await WorldAsync();
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        var pairId = world.Kabelo.Id;

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
        var mentee = await world.Kabelo.Mentee.SignInAsync();
        Assert.DoesNotContain("product role", await mentee.GetStringAsync($"/Pairs/{pairId}", Ct), StringComparison.Ordinal);

        // Daan has a free seat again.
        Assert.Equal(HttpStatusCode.Redirect, (await PairAsync(coordinator, world, world.Daan, world.Ayesha)).StatusCode);
    }

    [Fact]
    public async Task Api_pairs_with_problem_details_on_bad_input()
    {
        var world = await WorldAsync();
        var id = world.Programme.Id;
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        var r = await coordinator.PostAsJsonAsync($"/api/v1/programmes/{id}/pairs", new { mentorId = Guid.NewGuid(), menteeId = Guid.NewGuid(), activate = true }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("Choose a mentor of this programme", await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var list = await coordinator.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/programmes/{id}/pairs?pageSize=2", Ct);
        Assert.Equal(3, list.GetProperty("total").GetInt32());
        Assert.Equal(2, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Programme_page_shows_pairs_to_the_coordinator_only()
    {
        var world = await WorldAsync();
        var id = world.Programme.Id;
        var coordinator = await world.Programme.Coordinator.SignInAsync();
        var html = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{id}", Ct));
        Assert.Contains("Thandi Khumalo", html, StringComparison.Ordinal);
        var mentee = await world.Lerato.SignInAsync();
        var theirs = WebUtility.HtmlDecode(await mentee.GetStringAsync($"/Programmes/{id}", Ct));
        Assert.Contains("Week 5 of 12", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Thandi Khumalo", theirs, StringComparison.Ordinal);
    }
}
