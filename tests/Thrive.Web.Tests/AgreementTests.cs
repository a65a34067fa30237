using System.Net;
using Microsoft.EntityFrameworkCore;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class AgreementTests : WebTest
{
    private async Task<GivenPair> PairAsync()
    {
        var given = Given.In(App);
        return await given.PairAsync(await given.ProgrammeAsync());
    }

    private static Dictionary<string, string> Plan(string when = "Tuesdays at 16:00") => new()
    {
        ["Input.MeetWhen"] = when, ["Input.MeetHow"] = "Video call", ["Input.NoticeHours"] = "24", ["Input.CancellationRule"] = "24 hours' notice and a new date",
        ["Input.Channel"] = "Slack", ["Input.Confidentiality"] = "Between us",
    };

    [Fact]
    public async Task Each_side_writes_a_charter_the_other_reads_and_the_coordinator_does_not()
    {
        var pair = await PairAsync();
        var mentee = await pair.Mentee.SignInAsync();
        var tooLong = await ThriveApp.PostFormAsync(mentee, $"/Pairs/{pair.Id}/Charter", new() { ["Charter.Values"] = new string('v', 2000) });
        Assert.Contains("at most 1000 characters", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var saved = await ThriveApp.PostFormAsync(mentee, $"/Pairs/{pair.Id}/Charter", new() { ["Charter.Values"] = "Curiosity, kindness, craft", ["Charter.FavouriteBook"] = "Dare to Lead" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var mentor = await pair.Mentor.SignInAsync();
        Assert.Contains("Curiosity, kindness, craft", await mentor.GetStringAsync($"/Pairs/{pair.Id}/Charter", Ct), StringComparison.Ordinal);
        var coordinator = await pair.Programme.Coordinator.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/Pairs/{pair.Id}/Charter", Ct)).StatusCode);
    }

    [Fact]
    public async Task Both_sign_the_plan_and_a_change_needs_both_signatures_again()
    {
        var pair = await PairAsync();
        var mentee = await pair.Mentee.SignInAsync();
        var mentor = await pair.Mentor.SignInAsync();
        var missing = await ThriveApp.PostFormAsync(mentee, $"/Pairs/{pair.Id}/Plan?handler=Write", Plan(when: ""), $"/Pairs/{pair.Id}/Plan");
        Assert.Contains("When you meet is required", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Plans.AnyAsync(p => p.PairId == pair.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentee, $"/Pairs/{pair.Id}/Plan?handler=Write", Plan(), $"/Pairs/{pair.Id}/Plan")).StatusCode);
        await ThriveApp.PostFormAsync(mentee, $"/Pairs/{pair.Id}/Plan?handler=Sign&number=1", new(), $"/Pairs/{pair.Id}/Plan");
        await ThriveApp.PostFormAsync(mentor, $"/Pairs/{pair.Id}/Plan?handler=Sign&number=1", new(), $"/Pairs/{pair.Id}/Plan");
        Assert.Contains("Signed by both", await mentor.GetStringAsync($"/Pairs/{pair.Id}/Plan", Ct), StringComparison.Ordinal);

        await ThriveApp.PostFormAsync(mentor, $"/Pairs/{pair.Id}/Plan?handler=Write", Plan(when: "Thursdays at 17:00"), $"/Pairs/{pair.Id}/Plan");
        var page = await mentee.GetStringAsync($"/Pairs/{pair.Id}/Plan", Ct);
        Assert.Contains("Version 2", page, StringComparison.Ordinal);
        Assert.Contains("Waiting for signatures", page, StringComparison.Ordinal);
        var old = await ThriveApp.PostFormAsync(mentee, $"/Pairs/{pair.Id}/Plan?handler=Sign&number=1", new(), $"/Pairs/{pair.Id}/Plan");
        Assert.Contains("has been replaced by version 2", await old.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("Tuesdays at 16:00", await mentee.GetStringAsync($"/Pairs/{pair.Id}/Plan?version=1", Ct), StringComparison.Ordinal);
    }
}
