using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>The SMART coach judges a goal against its owner's context: the programme's start and end, and the pair's next session.</summary>
public sealed class SmartContextTests : WebTest
{
    [Fact]
    public async Task Before_our_next_session_means_the_pairs_next_planned_session()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme);
        var session = await given.SessionAsync(pair, given.Now.AddDays(10));
        var goal = await given.GoalAsync(pair.Mentee, "Finish the concurrency chapter of Learning Go before our next session");
        var mentee = await pair.Mentee.SignInAsync();
        var read = await mentee.GetFromJsonAsync<JsonElement>($"/api/v1/goals/{goal.Id}", Ct);
        var reasons = read.GetProperty("assessment").GetProperty("timeBound").GetProperty("reasons")[0].GetString();
        var day = DateOnly.FromDateTime(session.StartUtc.UtcDateTime).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        Assert.Contains(day, reasons, StringComparison.Ordinal);
        Assert.Equal("met", read.GetProperty("assessment").GetProperty("timeBound").GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Halfway_through_the_programme_is_halfway_between_its_start_and_end()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var pair = await given.PairAsync(programme);
        var goal = await given.GoalAsync(pair.Mentee, "Have the alerting rules live for all four payment services halfway through the programme");
        var mentee = await pair.Mentee.SignInAsync();
        var read = await mentee.GetFromJsonAsync<JsonElement>($"/api/v1/goals/{goal.Id}", Ct);
        var timeBound = read.GetProperty("assessment").GetProperty("timeBound");
        Assert.Equal("met", timeBound.GetProperty("verdict").GetString());
        Assert.Contains("puts the deadline at", timeBound.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }
}
