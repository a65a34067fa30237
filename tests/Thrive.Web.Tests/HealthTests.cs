using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Health;
using Thrive.Domain.Sessions;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// The coordinator's cohort health page and API: statuses with reasons from what the pairs did, the escalation ladder
/// kept on the pair, nothing private shown, and nobody but the programme's coordinators let in.
/// </summary>
public sealed class HealthTests : WebTest
{
    private const string AgendaText = "Worried about the reorg at work";
    private const string NotesText = "Agreed to rehearse the demo twice";
    private const string PrivateText = "She seemed tired today";
    private const string ActionText = "Send the draft of the case study";

    /// <summary>
    /// A programme in week 5 with three pairs: Lerato's is on track (a session three days ago), Sam's is at risk (no
    /// session and no goal since the start) and Ayesha's is worth watching (her last session was 15 days ago).
    /// </summary>
    private sealed record World(Given Given, GivenPair OnTrack, GivenPair AtRisk, GivenPair Watch);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var onTrack = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Lerato Mokoena"));
        var atRisk = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Sam Okafor"));
        var watch = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Ayesha Khan"));
        await given.GoalAsync(onTrack.Mentee, "Ship the portfolio site");
        var held = await given.SessionAsync(onTrack, given.Now.AddDays(-3), then: s =>
        {
            Assert.True(s.SaveAgenda(AgendaText, "", "", "", "", share: true, s.StartUtc.AddDays(-2)).Succeeded);
            Assert.True(s.SaveNotes(NotesText).Succeeded);
            Assert.True(s.Record(SessionStatus.Held, s.EndUtc).Succeeded);
        });
        await given.PrivateNoteAsync(held, onTrack.Mentor, PrivateText);
        await given.ActionItemAsync(onTrack, onTrack.Mentee, ActionText, given.Today.AddDays(4), held);
        await given.GoalAsync(watch.Mentee, "Pass the cloud exam");
        await given.HeldSessionAsync(watch, daysAgo: 15);
        return new World(given, onTrack, atRisk, watch);
    }

    [Fact]
    public async Task The_page_counts_each_status_lists_at_risk_first_with_reasons_and_shows_nothing_private()
    {
        var w = await WorldAsync();
        var id = w.OnTrack.Programme.Id;
        var coordinator = await w.OnTrack.Programme.Coordinator.SignInAsync();
        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/Programmes/{id}/Health", Ct));

        Assert.Contains("<td data-v=\"1\" data-series=\"Pairs\">1</td>", page, StringComparison.Ordinal);
        Assert.Contains("No session held since the pair started 31 days ago", page, StringComparison.Ordinal);
        Assert.Contains("No goal set 31 days into the pair", page, StringComparison.Ordinal);
        Assert.Contains("No session held for 15 days", page, StringComparison.Ordinal);
        var sam = page.IndexOf("Sam Okafor with", StringComparison.Ordinal);
        var ayesha = page.IndexOf("Ayesha Khan with", StringComparison.Ordinal);
        var lerato = page.IndexOf("Lerato Mokoena with", StringComparison.Ordinal);
        Assert.True(sam > 0 && sam < ayesha && ayesha < lerato, "At risk first, then watch, then on track.");
        foreach (var secret in new[] { AgendaText, NotesText, PrivateText, ActionText }) Assert.DoesNotContain(secret, page, StringComparison.Ordinal);

        var programme = await coordinator.GetStringAsync($"/Programmes/{id}", Ct);
        Assert.Contains($"/Programmes/{id}/Health", programme, StringComparison.Ordinal);
        Assert.Contains($"/Programmes/{id}/Health", await coordinator.GetStringAsync("/", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_gives_each_pairs_status_and_reasons_and_refuses_everyone_but_the_programmes_coordinators()
    {
        var w = await WorldAsync();
        var id = w.OnTrack.Programme.Id;
        var coordinator = await w.OnTrack.Programme.Coordinator.SignInAsync();
        var response = await coordinator.GetAsync($"/api/v1/programmes/{id}/health", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        foreach (var secret in new[] { AgendaText, NotesText, PrivateText, ActionText }) Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        var json = JsonDocument.Parse(body).RootElement;
        var pairs = json.GetProperty("pairs").EnumerateArray().ToList();
        Assert.Equal(3, pairs.Count);
        Assert.Equal(w.AtRisk.Id, pairs[0].GetProperty("pairId").GetGuid());
        Assert.Equal("AtRisk", pairs[0].GetProperty("status").GetString());
        Assert.Contains(pairs[0].GetProperty("reasons").EnumerateArray(), r => r.GetProperty("text").GetString() == "No session held since the pair started 31 days ago");
        Assert.Equal("Watch", pairs[1].GetProperty("status").GetString());
        Assert.Equal("OnTrack", pairs[2].GetProperty("status").GetString());
        Assert.Empty(pairs[2].GetProperty("reasons").EnumerateArray());
        Assert.Equal(3, pairs[2].GetProperty("daysSinceSession").GetInt32());
        Assert.All(json.GetProperty("counts").EnumerateArray(), c => Assert.Equal(1, c.GetProperty("pairs").GetInt32()));

        var other = await w.Given.ProgrammeAsync("Another cohort");
        var stranger = await other.Coordinator.SignInAsync();
        var refused = await stranger.GetAsync($"/api/v1/programmes/{id}/health", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        foreach (var member in new[] { w.OnTrack.Mentor, w.OnTrack.Mentee })
        {
            var client = await member.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/programmes/{id}/health", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Programmes/{id}/Health", Ct)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/Programmes/{id}/Health", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_nudge_mails_both_and_a_check_in_is_kept_on_the_pair_for_coordinators_only()
    {
        var w = await WorldAsync();
        var id = w.OnTrack.Programme.Id;
        var url = $"/Programmes/{id}/Health";
        var pair = w.AtRisk;
        var coordinator = await pair.Programme.Coordinator.SignInAsync();

        var nudged = await ThriveApp.PostFormAsync(coordinator, $"{url}?handler=Nudge&pairId={pair.Id}", [], url);
        Assert.Equal(HttpStatusCode.Redirect, nudged.StatusCode);
        var mail = await App.WithDbAsync(db => db.SentMail.Where(m => m.Subject.StartsWith("How are things going")).Select(m => m.To).ToListAsync());
        Assert.Equal(new[] { pair.Mentee.Email, pair.Mentor.Email }.Order(StringComparer.Ordinal), mail.Order(StringComparer.Ordinal));

        var tooLong = await ThriveApp.PostFormAsync(coordinator, $"{url}?handler=CheckIn&pairId={pair.Id}", new() { ["CheckIn.Note"] = new string('x', PairEscalation.NoteMax + 1) }, url);
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("at most 500 characters", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.PairEscalations.CountAsync(e => e.PairId == pair.Id)));

        var checkedIn = await ThriveApp.PostFormAsync(coordinator, $"{url}?handler=CheckIn&pairId={pair.Id}", new() { ["CheckIn.Note"] = "Called both; they meet on Thursday." }, url);
        Assert.Equal(HttpStatusCode.Redirect, checkedIn.StatusCode);
        var steps = await App.WithDbAsync(db => db.PairEscalations.Where(e => e.PairId == pair.Id).OrderBy(e => e.At).ThenBy(e => e.Step).Select(e => e.Step).ToListAsync());
        Assert.Equal([EscalationStep.Nudge, EscalationStep.CheckIn], steps);
        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync(url, Ct));
        Assert.Contains("checked in by", page, StringComparison.Ordinal);
        Assert.Contains("Called both; they meet on Thursday.", page, StringComparison.Ordinal);
        Assert.Contains("nudged by mail by", page, StringComparison.Ordinal);
        var api = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{id}/health", Ct);
        Assert.Equal(2, api.GetProperty("pairs")[0].GetProperty("steps").GetArrayLength());

        // The pair and other coordinators may not take a step, and the pair page does not show the note.
        var mentor = await pair.Mentor.SignInAsync();
        var refused = await ThriveApp.PostFormAsync(mentor, $"{url}?handler=Nudge&pairId={pair.Id}", [], $"/Pairs/{pair.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("Called both", await mentor.GetStringAsync($"/Pairs/{pair.Id}", Ct), StringComparison.Ordinal);
        var stranger = await (await w.Given.ProgrammeAsync("Another cohort")).Coordinator.SignInAsync();
        var elsewhere = await ThriveApp.PostFormAsync(stranger, $"{url}?handler=CheckIn&pairId={pair.Id}", new() { ["CheckIn.Note"] = "Not mine" }, "/");
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Equal(2, await App.WithDbAsync(db => db.PairEscalations.CountAsync(e => e.PairId == pair.Id)));
    }

    [Fact]
    public async Task A_programme_without_active_pairs_shows_an_empty_state()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var coordinator = await programme.Coordinator.SignInAsync();
        var page = await coordinator.GetStringAsync($"/Programmes/{programme.Id}/Health", Ct);
        Assert.Contains("No active pairs yet", page, StringComparison.Ordinal);
        var api = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{programme.Id}/health", Ct);
        Assert.Equal(0, api.GetProperty("pairs").GetArrayLength());
    }

    [Fact]
    public async Task A_proposed_pair_is_listed_as_not_started_until_it_is_activated()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var mentor = await given.MentorAsync(programme, "Sanne Proposed");
        var mentee = await given.MenteeAsync(programme, "Ayesha Proposed");
        var coordinator = await programme.Coordinator.SignInAsync();
        var proposed = await ThriveApp.PostFormAsync(coordinator, $"/Programmes/{programme.Id}/Pairs/New", new()
        {
            ["Input.MentorId"] = mentor.Id.ToString(), ["Input.MenteeId"] = mentee.Id.ToString(), ["Input.Activate"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var page = await coordinator.GetStringAsync($"/Programmes/{programme.Id}/Health", Ct);
        Assert.Contains("No active pairs yet", page, StringComparison.Ordinal);
        Assert.Contains("Proposed, not started yet (1)", page, StringComparison.Ordinal);
        Assert.Contains("Ayesha Proposed with Sanne Proposed", page, StringComparison.Ordinal);
        var api = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{programme.Id}/health", Ct);
        Assert.Equal(0, api.GetProperty("pairs").GetArrayLength()); // health is for active pairs
    }

    private async Task<int> CommandsForAsync(HttpClient client, string url)
    {
        await client.GetStringAsync(url, Ct); // warm up: first-use queries (key ring, security stamp) are not the page's
        App.Sql.Reset();
        await client.GetStringAsync(url, Ct);
        return App.Sql.Count;
    }

    [Fact]
    public async Task The_page_and_the_api_send_the_same_number_of_commands_for_three_pairs_and_for_fifteen()
    {
        var w = await WorldAsync();
        var programme = w.OnTrack.Programme;
        var coordinator = await programme.Coordinator.SignInAsync();
        var urls = new[] { $"/Programmes/{programme.Id}/Health", $"/api/v1/programmes/{programme.Id}/health" };
        var before = new List<int>();
        foreach (var url in urls) before.Add(await CommandsForAsync(coordinator, url));
        Assert.All(before, n => Assert.InRange(n, 1, 12));
        for (var i = 0; i < 12; i++)
        {
            var pair = await w.Given.PairAsync(programme);
            await w.Given.HeldSessionAsync(pair, daysAgo: 2 + i);
            await w.Given.ActionItemAsync(pair, pair.Mentee, $"Item {i}", w.Given.Today.AddDays(3));
            await w.Given.GoalAsync(pair.Mentee);
            await w.Given.CommitmentAsync(pair.Mentee, startedOn: w.Given.Today.AddDays(-20));
            await App.WithDbAsync(db =>
            {
                db.PairEscalations.Add(PairEscalation.Record(pair.Id, programme.Coordinator.Id, EscalationStep.Nudge, null, w.Given.Now).Value!);
                return db.SaveChangesAsync();
            });
        }
        for (var i = 0; i < urls.Length; i++)
            Assert.True(before[i] == await CommandsForAsync(coordinator, urls[i]), $"{urls[i]}: {before[i]} commands before, more after adding pairs");
        var api = await coordinator.GetFromJsonAsync<JsonElement>(urls[1], Ct);
        Assert.Equal(15, api.GetProperty("pairs").GetArrayLength());
    }
}
