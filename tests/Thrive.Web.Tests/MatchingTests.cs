using System.Net;
using System.Text.RegularExpressions;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Pairs;
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
        Assert.Equal(6, pair.GetProperty("factors").GetArrayLength()); // every factor, the mentor type (not weighed) included
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

    // The page: /Programmes/{id}/Matching

    /// <summary>Sanne (capacity 1) and Bram (capacity 1) for three mentees: one mentee stays unmatched for capacity.</summary>
    private sealed record PageWorld(GivenProgramme Programme, GivenPerson Sanne, GivenPerson Bram, GivenPerson Ayesha, GivenPerson Nandi, GivenPerson Lerato, HttpClient Coordinator)
    {
        public string Url => $"/Programmes/{Programme.Id}/Matching";
    }

    private async Task<PageWorld> PageWorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 1);
        var sanne = await given.MentorAsync(programme, "Sanne Bakker", capacity: 1);
        var bram = await given.MentorAsync(programme, "Bram Smit", capacity: 1);
        var ayesha = await given.MenteeAsync(programme, "Ayesha Khan", techStack: "C#, .NET");
        var nandi = await given.MenteeAsync(programme, "Nandi Zulu", techStack: "C#");
        var lerato = await given.MenteeAsync(programme, "Lerato Mokoena");
        return new PageWorld(programme, sanne, bram, ayesha, nandi, lerato, await programme.Coordinator.SignInAsync());
    }

    private static Dictionary<string, string> Choice(int index, GivenPerson mentee, GivenPerson mentor) => new()
    {
        ["Confirm.Pairs.index"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"Confirm.Pairs[{index}].MenteeId"] = mentee.Id.ToString(),
        [$"Confirm.Pairs[{index}].MentorId"] = mentor.Id.ToString(),
    };

    [Fact]
    public async Task The_page_shows_the_proposal_with_every_factors_reasons_the_runner_up_and_who_stays_unmatched_and_why()
    {
        var w = await PageWorldAsync();
        var page = WebUtility.HtmlDecode(await w.Coordinator.GetStringAsync(w.Url, Ct));
        Assert.Contains("Proposed mentor", page, StringComparison.Ordinal);
        foreach (var factor in new[] { "Tech stack:", "Focus areas:", "Experience gap:", "Time-zone overlap:", "Shared interests:" })
            Assert.Contains(factor, page, StringComparison.Ordinal);
        Assert.Contains("<summary>Why ", page, StringComparison.Ordinal);
        Assert.Matches(@"Confirm (Ayesha Khan|Nandi Zulu|Lerato Mokoena) with (Sanne Bakker|Bram Smit)", page);
        Assert.Contains("Capacity exhausted", page, StringComparison.Ordinal); // three mentees, two places
        Assert.Contains("Mentors' load against capacity", page, StringComparison.Ordinal);
        Assert.Contains("Pairs per score band", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);

        Assert.Contains($"/Programmes/{w.Programme.Id}/Matching", await w.Coordinator.GetStringAsync($"/Programmes/{w.Programme.Id}", Ct), StringComparison.Ordinal);
        Assert.Contains($"/Programmes/{w.Programme.Id}/Matching", await w.Coordinator.GetStringAsync($"/Programmes/{w.Programme.Id}/Applications", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_programme_says_there_is_nothing_to_match_yet()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync(week: 1);
        await given.MenteeAsync(programme, "Ayesha Khan", status: Thrive.Domain.Intake.ApplicationStatus.Applied);
        var coordinator = await programme.Coordinator.SignInAsync();
        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{programme.Id}/Matching", Ct));
        Assert.Contains("No accepted applications to match yet", page, StringComparison.Ordinal);
        Assert.Contains("Review 1 application", page, StringComparison.Ordinal);
        Assert.Contains("No proposed pair waits to start", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weights_are_saved_from_the_form_and_all_not_important_is_refused_beside_the_fields_with_nothing_saved()
    {
        var w = await PageWorldAsync();
        var none = new Dictionary<string, string>
        {
            ["Weights.Stack"] = "NotImportant", ["Weights.Focus"] = "NotImportant", ["Weights.Experience"] = "NotImportant",
            ["Weights.TimeZone"] = "NotImportant", ["Weights.Interests"] = "NotImportant", ["Weights.Objective"] = "MostPeople",
        };
        var refused = await ThriveApp.PostFormAsync(w.Coordinator, $"{w.Url}?handler=Propose", none, w.Url);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var body = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Nothing was saved", body, StringComparison.Ordinal);
        Assert.Contains("Every factor is \"not important\"", body, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", body, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.MatchingSettings.AnyAsync(s => s.ProgrammeId == w.Programme.Id)));

        var missing = await ThriveApp.PostFormAsync(w.Coordinator, $"{w.Url}?handler=Propose", new() { ["Weights.Stack"] = "Very" }, w.Url);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Choose how important the experience gap is.", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);

        var good = new Dictionary<string, string>(none) { ["Weights.Stack"] = "Must", ["Weights.TimeZone"] = "Somewhat", ["Weights.Objective"] = "BestAverage" };
        var saved = await ThriveApp.PostFormAsync(w.Coordinator, $"{w.Url}?handler=Propose", good, w.Url);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = await App.WithDbAsync(db => db.MatchingSettings.SingleAsync(s => s.ProgrammeId == w.Programme.Id));
        Assert.Equal((Thrive.Domain.Matching.Importance.Must, Thrive.Domain.Matching.Importance.NotImportant, Thrive.Domain.Matching.MatchObjective.BestAverage),
            (settings.Stack, settings.Focus, settings.Objective));
        var page = await w.Coordinator.GetStringAsync(w.Url, Ct);
        Assert.Contains("<option value=\"Must\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Contains("value=\"BestAverage\" checked=\"checked\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locked_pair_is_kept_across_a_re_solve_and_can_be_unlocked()
    {
        var w = await PageWorldAsync();
        // Lerato (JavaScript) would not be Sanne's first choice; locking her with Sanne holds Sanne's one place for her.
        var locked = await ThriveApp.PostFormAsync(w.Coordinator, $"{w.Url}?handler=Lock&menteeId={w.Lerato.Id}&mentorId={w.Sanne.Id}", [], w.Url);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.EndsWith($"#m-{w.Lerato.Id}", locked.Headers.Location!.ToString(), StringComparison.Ordinal);
        var resolved = await ThriveApp.PostFormAsync(w.Coordinator, $"{w.Url}?handler=Resolve", [], w.Url);
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        var page = WebUtility.HtmlDecode(await w.Coordinator.GetStringAsync(w.Url, Ct));
        Assert.Contains("Solved again around your 1 locked pair", page, StringComparison.Ordinal);
        var row = Regex.Match(page, $"<tr id=\"m-{w.Lerato.Id}\"[\\s\\S]*?</tr>").Value;
        Assert.Contains("Locked", row, StringComparison.Ordinal);
        Assert.Contains("Sanne Bakker", row, StringComparison.Ordinal);
        Assert.Contains("aria-pressed=\"true\"", row, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(w.Coordinator, $"{w.Url}?handler=Unlock&menteeId={w.Lerato.Id}", [], w.Url)).StatusCode);
        Assert.False(await App.WithDbAsync(db => db.LockedMatches.AnyAsync(l => l.ProgrammeId == w.Programme.Id)));

        var stranger = Guid.NewGuid();
        var refused = await ThriveApp.PostFormAsync(w.Coordinator, $"{w.Url}?handler=Lock&menteeId={stranger}&mentorId={w.Sanne.Id}", [], w.Url);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choose an accepted mentee of this programme.", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_selected_turns_only_the_ticked_rows_into_proposed_pairs_and_lists_them_with_links()
    {
        var w = await PageWorldAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(w.Coordinator, $"{w.Url}?handler=Lock&menteeId={w.Ayesha.Id}&mentorId={w.Sanne.Id}", [], w.Url)).StatusCode);
        // Two rows posted, one ticked (only Confirm.Pairs.index says which).
        var fields = Choice(0, w.Ayesha, w.Sanne);
        fields["Confirm.Pairs[1].MenteeId"] = w.Nandi.Id.ToString();
        fields["Confirm.Pairs[1].MentorId"] = w.Bram.Id.ToString();
        var confirmed = await ThriveApp.PostFormAsync(w.Coordinator, $"{w.Url}?handler=Confirm", fields, w.Url);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var pairs = await App.WithDbAsync(db => db.Pairs.Where(p => p.ProgrammeId == w.Programme.Id).Select(p => new { p.Id, p.MenteeId, p.MentorId, p.State }).ToListAsync());
        var pair = Assert.Single(pairs);
        Assert.Equal((w.Ayesha.Id, w.Sanne.Id, PairState.Proposed), (pair.MenteeId, pair.MentorId, pair.State));
        Assert.False(await App.WithDbAsync(db => db.LockedMatches.AnyAsync(l => l.ProgrammeId == w.Programme.Id))); // its lock has done its work

        var page = WebUtility.HtmlDecode(await w.Coordinator.GetStringAsync(w.Url, Ct));
        Assert.Contains("1 pair is proposed", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Pairs/{pair.Id}\">Ayesha Khan with Sanne Bakker</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"m-{w.Ayesha.Id}\"", page, StringComparison.Ordinal); // no longer waiting for a mentor
        Assert.Contains("Ayesha Khan", await w.Coordinator.GetStringAsync($"/Programmes/{w.Programme.Id}", Ct), StringComparison.Ordinal);

        // A stale proposal (Sanne is full now) confirms nothing, says why, and answers 409.
        var stale = await ThriveApp.PostFormAsync(w.Coordinator, $"{w.Url}?handler=Confirm", Choice(3, w.Nandi, w.Sanne), w.Url);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Nothing was confirmed", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var none = await ThriveApp.PostFormAsync(w.Coordinator, $"{w.Url}?handler=Confirm", [], w.Url);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("There is no proposed pair to confirm.", WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.Pairs.CountAsync(p => p.ProgrammeId == w.Programme.Id)));
    }

    [Fact]
    public async Task Mentors_mentees_and_coordinators_of_other_programmes_cannot_open_the_page_or_post_to_it()
    {
        var w = await PageWorldAsync();
        var given = Given.In(App);
        var other = await given.ProgrammeAsync(week: 1);
        foreach (var client in new[] { await w.Sanne.SignInAsync(), await w.Ayesha.SignInAsync(), await other.Coordinator.SignInAsync() })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(w.Url, Ct)).StatusCode);
            foreach (var handler in new[] { "Confirm", $"Lock&menteeId={w.Ayesha.Id}&mentorId={w.Sanne.Id}", "Propose", "Resolve", $"Unlock&menteeId={w.Ayesha.Id}" })
                Assert.Equal(HttpStatusCode.Forbidden, (await ThriveApp.PostFormAsync(client, $"{w.Url}?handler={handler}", Choice(0, w.Ayesha, w.Sanne), "/")).StatusCode);
        }
        Assert.False(await App.WithDbAsync(db => db.Pairs.AnyAsync(p => p.ProgrammeId == w.Programme.Id)));
        Assert.False(await App.WithDbAsync(db => db.LockedMatches.AnyAsync(l => l.ProgrammeId == w.Programme.Id)));
    }
}
