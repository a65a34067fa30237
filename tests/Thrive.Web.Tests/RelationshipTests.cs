using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Programmes;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>Situation-Impact-Action feedback and the midpoint relationship check: both private to the pair.</summary>
public sealed class RelationshipTests : WebTest
{
    /// <summary>A pair with no feedback and no checks yet; the outsiders are its coordinator, an admin and a mentee of another pair.</summary>
    private sealed record World(GivenPair Pair, GivenPerson OtherMentee, GivenPerson[] Outsiders);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 5);
        var pair = await given.PairAsync(programme);
        var otherMentee = (await given.PairAsync(programme)).Mentee;
        return new World(pair, otherMentee, [programme.Coordinator, await given.AdminAsync(), otherMentee]);
    }

    /// <summary>Moves the programme's start so that today is <paramref name="daysIn"/> days into it.</summary>
    private Task<int> MoveStartAsync(int daysIn) => App.WithDbAsync(async db =>
    {
        var g = await db.Programmes.SingleAsync();
        var start = Given.In(App).Today.AddDays(-daysIn);
        Assert.True(g.Update(new ProgrammeDetails(g.Name, g.Description, start, g.LengthWeeks, g.Cadence)).Succeeded);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Feedback_goes_to_the_partner_who_acknowledges_and_replies_once_and_nobody_else_reads_it()
    {
        var world = await WorldAsync();
        var pair = world.Pair.Id;
        var url = $"/Pairs/{pair}/Feedback";
        var mentee = await world.Pair.Mentee.SignInAsync();
        var mentor = await world.Pair.Mentor.SignInAsync();

        var empty = await (await ThriveApp.PostFormAsync(mentee, url, new() { ["Give.Situation"] = "", ["Give.Impact"] = "", ["Give.Action"] = "" })).Content.ReadAsStringAsync(Ct);
        Assert.Contains("Situation is required", empty, StringComparison.Ordinal);
        Assert.Contains("Action is required", empty, StringComparison.Ordinal);
        var tooLong = await ThriveApp.PostFormAsync(mentee, url, new() { ["Give.Situation"] = new string('s', 1001), ["Give.Impact"] = "i", ["Give.Action"] = "a" });
        Assert.Contains("at most 1000 characters", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Feedback.AnyAsync(f => f.PairId == pair)));

        var sent = await ThriveApp.PostFormAsync(mentee, url, new()
        {
            ["Give.Situation"] = "In Tuesday's session you answered my question about CSS grid with a live example",
            ["Give.Impact"] = "It finally clicked and I rebuilt my portfolio layout that evening",
            ["Give.Action"] = "Keep showing rather than telling when I am stuck", ["Give.Kind"] = "Praise",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var page = await mentor.GetStringAsync(url, Ct);
        Assert.Contains("rebuilt my portfolio layout", page, StringComparison.Ordinal);
        Assert.Contains("Praise", page, StringComparison.Ordinal);

        foreach (var person in world.Outsiders)
        {
            var other = await person.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url, Ct)).StatusCode);
            Assert.DoesNotContain("rebuilt my portfolio layout", await other.GetStringAsync(person == world.OtherMentee ? "/" : $"/Pairs/{pair}", Ct), StringComparison.Ordinal);
        }

        var id = await App.WithDbAsync(db => db.Feedback.Where(f => f.PairId == pair).Select(f => f.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Reply&feedbackId={id}", new() { ["Answer.Reply"] = "Talking to myself" }, url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Acknowledge&feedbackId={id}", new(), url)).StatusCode);
        var noReply = await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Reply&feedbackId={id}", new() { ["Answer.Reply"] = " " }, url);
        Assert.Contains("Your reply is required", await noReply.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Reply&feedbackId={id}", new() { ["Answer.Reply"] = "Glad it helped: next time you drive the example" }, url)).StatusCode);
        var twice = await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Reply&feedbackId={id}", new() { ["Answer.Reply"] = "And another thing" }, url);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var saved = await App.WithDbAsync(db => db.Feedback.Where(f => f.Id == id).Select(f => new { f.Reply, f.AcknowledgedAt }).SingleAsync());
        Assert.Equal("Glad it helped: next time you drive the example", saved.Reply);
        Assert.NotNull(saved.AcknowledgedAt);
        Assert.Contains("Glad it helped", await mentee.GetStringAsync(url, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_lists_newest_first_a_page_at_a_time()
    {
        var world = await WorldAsync();
        var pair = world.Pair.Id;
        var ids = new { MenteeId = world.Pair.Mentee.Id, MentorId = world.Pair.Mentor.Id };
        await App.WithDbAsync(async db =>
        {
            var start = DateTimeOffset.UtcNow.AddDays(-30);
            for (var i = 0; i < 25; i++)
                db.Feedback.Add(Thrive.Domain.Relationship.Feedback.Give(pair, ids.MentorId, ids.MenteeId, default, $"Situation number {i:00}", "impact", "action", start.AddHours(i)).Value!);
            return await db.SaveChangesAsync();
        });
        var mentee = await world.Pair.Mentee.SignInAsync();
        var first = await mentee.GetStringAsync($"/Pairs/{pair}/Feedback", Ct);
        Assert.True(first.IndexOf("Situation number 24", StringComparison.Ordinal) < first.IndexOf("Situation number 23", StringComparison.Ordinal));
        Assert.DoesNotContain("Situation number 04", first, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2", first, StringComparison.Ordinal);
        Assert.Contains("Situation number 04", await mentee.GetStringAsync($"/Pairs/{pair}/Feedback?page=2", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_through_the_api_reaches_only_the_partner_who_acknowledges_and_replies_once()
    {
        var world = await WorldAsync();
        var pair = world.Pair.Id;
        var mentee = await world.Pair.Mentee.SignInAsync();
        var mentor = await world.Pair.Mentor.SignInAsync();

        // Missing parts are refused field by field, as ProblemDetails, and nothing is saved.
        var empty = await mentee.PostAsJsonAsync($"/api/v1/pairs/{pair}/feedback", new { kind = "Change", situation = " " }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        var errors = (await empty.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Situation", out _) && errors.TryGetProperty("Impact", out _), errors.ToString());
        Assert.Equal(0, await App.WithDbAsync(db => db.Feedback.CountAsync(f => f.PairId == pair)));

        var given = await mentee.PostAsJsonAsync($"/api/v1/pairs/{pair}/feedback", new
        {
            kind = "Change", situation = "When we reviewed my pull request, you fixed it yourself.",
            impact = "I did not learn how to find the bug.", action = "Could you ask me questions first next time?",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, given.StatusCode);
        var id = (await given.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var list = await mentor.GetFromJsonAsync<JsonElement>($"/api/v1/pairs/{pair}/feedback", Ct);
        var item = list.GetProperty("items").GetProperty("items").EnumerateArray().Single();
        Assert.Equal(id, item.GetProperty("id").GetGuid());
        Assert.False(item.GetProperty("fromMe").GetBoolean());
        Assert.Equal("Change", item.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("acknowledgedAt").ValueKind);

        // Only the receiver acknowledges and replies; one reply.
        Assert.Equal(HttpStatusCode.Forbidden, (await mentee.PostAsync($"/api/v1/pairs/{pair}/feedback/{id}/acknowledge", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await mentor.PostAsync($"/api/v1/pairs/{pair}/feedback/{id}/acknowledge", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await mentor.PostAsJsonAsync($"/api/v1/pairs/{pair}/feedback/{id}/reply", new { reply = "Fair point. Questions first." }, Ct)).StatusCode);
        var again = await mentor.PostAsJsonAsync($"/api/v1/pairs/{pair}/feedback/{id}/reply", new { reply = "And another thing" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        var read = (await mentee.GetFromJsonAsync<JsonElement>($"/api/v1/pairs/{pair}/feedback", Ct)).GetProperty("items").GetProperty("items")[0];
        Assert.Equal("Fair point. Questions first.", read.GetProperty("reply").GetString());
        Assert.NotEqual(JsonValueKind.Null, read.GetProperty("acknowledgedAt").ValueKind);

        // Nobody outside the pair reads or writes it.
        foreach (var person in world.Outsiders)
        {
            var outsider = await person.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/v1/pairs/{pair}/feedback", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsJsonAsync($"/api/v1/pairs/{pair}/feedback", new { kind = "Praise", situation = "s", impact = "i", action = "a" }, Ct)).StatusCode);
        }
        Assert.Equal(1, await App.WithDbAsync(db => db.Feedback.CountAsync(f => f.PairId == pair)));
    }

    [Fact]
    public async Task The_midpoint_check_is_prompted_in_its_window_answers_show_once_both_saved_and_holding_it_ends_the_prompt()
    {
        var world = await WorldAsync();
        var pair = world.Pair.Id;
        var url = $"/Pairs/{pair}/Check";
        var mentee = await world.Pair.Mentee.SignInAsync();
        var mentor = await world.Pair.Mentor.SignInAsync();
        Assert.DoesNotContain("Time for a relationship check", await mentee.GetStringAsync($"/Pairs/{pair}", Ct), StringComparison.Ordinal); // week 5: too early

        await MoveStartAsync(6 * 7 - 3); // three days before the midpoint of twelve weeks
        Assert.Contains("Time for a relationship check", await mentee.GetStringAsync($"/Pairs/{pair}", Ct), StringComparison.Ordinal);
        Assert.Contains($"/Pairs/{pair}/Check", await mentee.GetStringAsync("/", Ct), StringComparison.Ordinal);
        Assert.Contains($"/Pairs/{pair}/Check", await mentor.GetStringAsync("/", Ct), StringComparison.Ordinal);

        var empty = await ThriveApp.PostFormAsync(mentee, url, new() { ["Check.Working"] = " " });
        Assert.Contains("Answer at least one question", await empty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var tooLong = await ThriveApp.PostFormAsync(mentee, url, new() { ["Check.Working"] = new string('w', 2001) });
        Assert.Contains("at most 2000 characters", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var early = await ThriveApp.PostFormAsync(mentee, $"{url}?handler=Held", new(), url);
        Assert.Contains("Write your own answers first", await early.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.MidpointChecks.AnyAsync(c => c.PairId == pair && c.SavedAt != null)));

        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentee, url, new() { ["Check.Vibe"] = "Sessions feel a bit formulaic lately" })).StatusCode);
        var before = await mentor.GetStringAsync(url, Ct);
        Assert.DoesNotContain("formulaic lately", before, StringComparison.Ordinal);
        Assert.Contains("Save yours to read them", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentor, url, new() { ["Check.Change"] = "Try a walk-and-talk session" })).StatusCode);
        Assert.Contains("formulaic lately", await mentor.GetStringAsync(url, Ct), StringComparison.Ordinal);
        Assert.Contains("walk-and-talk", await mentee.GetStringAsync(url, Ct), StringComparison.Ordinal);

        foreach (var person in world.Outsiders)
        {
            var other = await person.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url, Ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Held", new(), url)).StatusCode);
        Assert.DoesNotContain("Time for a relationship check", await mentee.GetStringAsync($"/Pairs/{pair}", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain($"/Pairs/{pair}/Check\" class", await mentee.GetStringAsync("/", Ct), StringComparison.Ordinal);
        Assert.Contains("You held your relationship check", await mentee.GetStringAsync(url, Ct), StringComparison.Ordinal);
    }
}
