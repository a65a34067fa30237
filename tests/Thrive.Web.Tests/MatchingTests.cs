using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class MatchingTests : WebTest
{
    private static object Weights(string stack = "Very", string objective = "MostPeople") =>
        new { stack, focus = "Moderately", experience = "Moderately", timeZone = "Moderately", interests = "Somewhat", objective };

    [Fact]
    public async Task Coordinator_gets_an_explained_proposal_and_more_mentees_than_capacity_stay_unmatched_with_a_reason()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 1);
        var mentor = await given.MentorAsync(programme, "Sanne Bakker", capacity: 1);
        await given.MenteeAsync(programme, "Ayesha Khan");
        await given.MenteeAsync(programme, "Nandi Zulu");
        var coordinator = await programme.Coordinator.SignInAsync();

        var r = await coordinator.GetAsync($"/api/v1/programmes/{programme.Id}/matching", Ct);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync(Ct));
        var pair = Assert.Single(doc.RootElement.GetProperty("pairs").EnumerateArray());
        Assert.Equal(mentor.Id, pair.GetProperty("mentor").GetProperty("id").GetGuid());
        Assert.Equal(5, pair.GetProperty("factors").GetArrayLength());
        Assert.Equal(pair.GetProperty("score").GetInt32(), pair.GetProperty("factors").EnumerateArray().Sum(f => f.GetProperty("points").GetInt32()));
        var left = doc.RootElement.GetProperty("unmatched").EnumerateArray().Single(u => u.GetProperty("side").GetString() == "Mentee");
        Assert.StartsWith("Capacity exhausted", left.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weights_are_saved_and_all_not_important_is_refused_with_a_field_message()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 1);
        var coordinator = await programme.Coordinator.SignInAsync();
        var url = $"/api/v1/programmes/{programme.Id}/matching/weights";
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PutAsJsonAsync(url, Weights("Must", "BestAverage"), Ct)).StatusCode);
        var saved = await App.WithDbAsync(db => db.MatchingSettings.SingleAsync(s => s.ProgrammeId == programme.Id));
        Assert.Equal(Thrive.Domain.Matching.Importance.Must, saved.Stack);

        var none = new { stack = "NotImportant", focus = "NotImportant", experience = "NotImportant", timeZone = "NotImportant", interests = "NotImportant", objective = "MostPeople" };
        var bad = await coordinator.PutAsJsonAsync(url, none, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("not important", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var missing = await coordinator.PutAsJsonAsync(url, new { stack = "Very" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("objective", (await missing.Content.ReadAsStringAsync(Ct)).ToLowerInvariant(), StringComparison.Ordinal);
        saved = await App.WithDbAsync(db => db.MatchingSettings.SingleAsync(s => s.ProgrammeId == programme.Id));
        Assert.Equal(Thrive.Domain.Matching.Importance.Must, saved.Stack); // nothing half-saved
    }

    [Fact]
    public async Task Mentors_mentees_and_coordinators_of_other_programmes_are_denied()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 1);
        var other = await given.ProgrammeAsync(week: 1);
        var mentor = await given.MentorAsync(programme);
        var mentee = await given.MenteeAsync(programme);
        foreach (var client in new[] { await mentor.SignInAsync(), await mentee.SignInAsync(), await other.Coordinator.SignInAsync() })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/programmes/{programme.Id}/matching", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/programmes/{programme.Id}/matching/weights", Weights(), Ct)).StatusCode);
        }
    }
}
