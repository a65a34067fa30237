using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Wellbeing;
using Thrive.Web.Features.Common;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class WellbeingTests : WebTest
{
    /// <summary>Johan (mentee, UTC) and his mentor; another pair's mentee; the programme's coordinator.</summary>
    private sealed record World(GivenPair Johan, GivenPerson OtherMentee, GivenPerson Coordinator, Given Given);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var johan = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Johan Botha"));
        return new World(johan, (await given.PairAsync(programme)).Mentee, programme.Coordinator, given);
    }

    private static Dictionary<string, string> CheckInForm(string stress = "4", string energy = "2", string sleep = "2", string rest = "1", string workload = "5",
        string note = "Release week.", string? on = null)
    {
        var f = new Dictionary<string, string>
        {
            ["CheckIn.Stress"] = stress, ["CheckIn.Energy"] = energy, ["CheckIn.Sleep"] = sleep, ["CheckIn.Rest"] = rest, ["CheckIn.Workload"] = workload,
            ["CheckIn.Note"] = note,
        };
        if (on is not null) f["CheckIn.On"] = on;
        return f;
    }

    private Task<int> CheckInsOfAsync(GivenPerson owner) => App.WithDbAsync(db => db.WellbeingCheckIns.CountAsync(c => c.OwnerId == owner.Id));

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task A_check_in_keeps_the_cards_in_progress_and_a_second_one_in_the_same_week_updates_it()
    {
        var world = await WorldAsync();
        var board = await world.Given.BoardAsync(world.Johan.Mentee);
        await world.Given.TaskAsync(board, "Fix the release script", started: world.Given.Now);
        await world.Given.TaskAsync(board, "Review the pricing PR", started: world.Given.Now);
        await world.Given.TaskAsync(board, "Not started yet");
        var johan = await world.Johan.Mentee.SignInAsync();

        var first = await ThriveApp.PostFormAsync(johan, "/Wellbeing?handler=CheckIn", CheckInForm(), "/Wellbeing");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var saved = await App.WithDbAsync(db => db.WellbeingCheckIns.AsNoTracking().SingleAsync(c => c.OwnerId == world.Johan.Mentee.Id));
        Assert.Equal((4, 2, 2, 1, 5, 2, false), (saved.Stress, saved.Energy, saved.Sleep, saved.Rest, saved.Workload, saved.WorkInProgress, saved.Shared));
        Assert.Equal("Release week.", saved.Note);
        var page = WebUtility.HtmlDecode(await johan.GetStringAsync("/Wellbeing", Ct));
        Assert.Contains("Checked in. Thank you", page, StringComparison.Ordinal);
        Assert.Contains("Update this week's check-in", page, StringComparison.Ordinal);

        // Again in the same week: the answers are replaced, the person is told, and there is still one check-in.
        var again = await ThriveApp.PostFormAsync(johan, "/Wellbeing?handler=CheckIn", CheckInForm(stress: "3", note: "Better after all."), "/Wellbeing");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("This week's check-in updated", WebUtility.HtmlDecode(await johan.GetStringAsync("/Wellbeing", Ct)), StringComparison.Ordinal);
        Assert.Equal(1, await CheckInsOfAsync(world.Johan.Mentee));
        var api = await johan.PostAsJsonAsync("/api/v1/wellbeing/check-ins", new { stress = 2, energy = 4, sleep = 4, rest = 4, workload = 3 }, Ct);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var body = await api.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(body.GetProperty("updated").GetBoolean());
        Assert.Equal(saved.Id, body.GetProperty("id").GetGuid());
        Assert.Equal(1, await CheckInsOfAsync(world.Johan.Mentee));

        var list = await johan.GetFromJsonAsync<JsonElement>("/api/v1/wellbeing/check-ins", Ct);
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(2, list.GetProperty("checkIns")[0].GetProperty("stress").GetInt32());
    }

    [Theory]
    [InlineData("stress", 0)]
    [InlineData("energy", 6)]
    [InlineData("sleep", -3)]
    [InlineData("rest", 99)]
    [InlineData("workload", 0)]
    public async Task A_value_outside_its_scale_is_refused_by_field_and_nothing_is_saved(string field, int value)
    {
        var world = await WorldAsync();
        var johan = await world.Johan.Mentee.SignInAsync();
        var values = new Dictionary<string, object> { ["stress"] = 3, ["energy"] = 3, ["sleep"] = 3, ["rest"] = 3, ["workload"] = 3 };
        values[field] = value;
        var r = await johan.PostAsJsonAsync("/api/v1/wellbeing/check-ins", values, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var problem = await ProblemAsync(r);
        Assert.Equal("validation", problem.GetProperty("code").GetString());
        var name = char.ToUpperInvariant(field[0]) + field[1..];
        Assert.Contains("between 1 and 5", problem.GetProperty("errors").GetProperty(name)[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await CheckInsOfAsync(world.Johan.Mentee));

        // On the page: the message beside the scale, the form again, nothing saved.
        var page = await ThriveApp.PostFormAsync(johan, "/Wellbeing?handler=CheckIn", CheckInForm(stress: field == "stress" ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "3",
            workload: field == "workload" ? "0" : "3"), "/Wellbeing");
        if (field is "stress" or "workload")
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("must be between 1 and 5", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        Assert.Equal(field is "stress" or "workload" ? 0 : 1, await CheckInsOfAsync(world.Johan.Mentee));
    }

    [Fact]
    public async Task A_future_date_a_huge_note_and_words_for_numbers_are_refused_clearly()
    {
        var world = await WorldAsync();
        var johan = await world.Johan.Mentee.SignInAsync();
        var tomorrow = world.Given.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var r = await johan.PostAsJsonAsync("/api/v1/wellbeing/check-ins", new { stress = 3, energy = 3, sleep = 3, rest = 3, workload = 3, on = tomorrow, note = new string('x', 100_000) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var errors = (await ProblemAsync(r)).GetProperty("errors");
        Assert.Contains("cannot be dated in the future", errors.GetProperty("On")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("at most 4000 characters (it has 100000)", errors.GetProperty("Note")[0].GetString(), StringComparison.Ordinal);

        var page = await ThriveApp.PostFormAsync(johan, "/Wellbeing?handler=CheckIn", CheckInForm(stress: "very", note: new string('y', 100_000)), "/Wellbeing");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("CheckIn.Stress", html, StringComparison.Ordinal);
        Assert.Contains("validation-summary-errors", html, StringComparison.Ordinal);
        var win = await johan.PostAsJsonAsync("/api/v1/wellbeing/wins", new { text = "Shipped it", on = tomorrow }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, win.StatusCode);
        Assert.Equal(0, await CheckInsOfAsync(world.Johan.Mentee));
        Assert.Equal(0, await App.WithDbAsync(db => db.Wins.CountAsync()));
    }

    [Fact]
    public async Task Script_in_every_field_is_stored_as_typed_and_shown_as_text()
    {
        var world = await WorldAsync();
        var johan = await world.Johan.Mentee.SignInAsync();
        const string script = "<script>alert(1)</script>";
        await ThriveApp.PostFormAsync(johan, "/Wellbeing?handler=CheckIn", CheckInForm(note: script), "/Wellbeing");
        await ThriveApp.PostFormAsync(johan, "/Wellbeing?handler=Stressor", new() { ["Stressor.What"] = script, ["Stressor.When"] = script, ["Stressor.Triggers"] = script, ["Stressor.Strategy"] = script }, "/Wellbeing");
        await ThriveApp.PostFormAsync(johan, "/Wellbeing?handler=Win", new() { ["Win.Text"] = script, ["Win.Doubt"] = script }, "/Wellbeing");
        Assert.Equal(1, await App.WithDbAsync(db => db.CopingStrategies.CountAsync(s => s.Text == script)));
        var html = await johan.GetStringAsync("/Wellbeing", Ct);
        Assert.DoesNotContain(script, html, StringComparison.Ordinal);
        Assert.True(html.Split("&lt;script&gt;alert(1)&lt;/script&gt;").Length - 1 >= 6, "each field shows the script as text");
    }

    [Fact]
    public async Task With_owner_the_mentor_receives_only_shared_check_ins_and_the_coordinator_and_another_pair_get_403()
    {
        var world = await WorldAsync();
        var johan = world.Johan.Mentee;
        await world.Given.WellbeingCheckInAsync(johan, weeksAgo: 2, note: "Private: I cried after the retro.");
        var shared = await world.Given.WellbeingCheckInAsync(johan, weeksAgo: 1, note: "Shared: the weekend off helped.", shared: true);
        await world.Given.WinAsync(johan, "Private win");
        await world.Given.WinAsync(johan, "Shared win", shared: true);

        var own = await (await johan.SignInAsync()).GetFromJsonAsync<JsonElement>("/api/v1/wellbeing/check-ins", Ct);
        Assert.Equal(2, own.GetProperty("total").GetInt32());

        var mentor = await world.Johan.Mentor.SignInAsync();
        var r = await mentor.GetAsync($"/api/v1/wellbeing/check-ins?owner={johan.Id}", Ct);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var text = await r.Content.ReadAsStringAsync(Ct);
        var seen = JsonDocument.Parse(text).RootElement;
        Assert.Equal(1, seen.GetProperty("total").GetInt32());
        Assert.Equal(shared, seen.GetProperty("checkIns")[0].GetProperty("id").GetGuid());
        Assert.DoesNotContain("cried", text, StringComparison.Ordinal);
        var wins = await mentor.GetFromJsonAsync<JsonElement>($"/api/v1/wellbeing/wins?owner={johan.Id}", Ct);
        Assert.Equal(["Shared win"], wins.GetProperty("wins").EnumerateArray().Select(w => w.GetProperty("text").GetString()));
        var page = await mentor.GetStringAsync($"/Wellbeing?owner={johan.Id}", Ct);
        Assert.Contains("Shared win", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Private win", page, StringComparison.Ordinal);
        Assert.DoesNotContain("cried", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Check in</button>", page, StringComparison.Ordinal);

        foreach (var other in new[] { world.Coordinator, world.OtherMentee })
        {
            var client = await other.SignInAsync();
            foreach (var url in new[] { "check-ins", "stressors", "wins", "summary" })
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/wellbeing/{url}?owner={johan.Id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/wellbeing/check-ins/{shared}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Wellbeing?owner={johan.Id}", Ct)).StatusCode);
        }
        // Someone who does not exist is not told apart from someone private.
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.GetAsync($"/api/v1/wellbeing/check-ins?owner={Guid.NewGuid()}", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_entry_withdrawn_while_the_mentor_reads_answers_no_longer_shared_without_its_content()
    {
        var world = await WorldAsync();
        var johan = world.Johan.Mentee;
        var checkIn = await world.Given.WellbeingCheckInAsync(johan, note: "Worried about the review.", shared: true);
        var (stressor, _) = await world.Given.StressorAsync(johan, "Code review comments", true, "Read it as about the code");
        var win = await world.Given.WinAsync(johan, "Merged the refactor", shared: true);
        var mentor = await world.Johan.Mentor.SignInAsync();
        var owner = await johan.SignInAsync();

        foreach (var (kind, id, secret) in new[] { ("check-ins", checkIn, "Worried"), ("stressors", stressor, "Code review"), ("wins", win, "Merged") })
        {
            var before = await mentor.GetAsync($"/api/v1/wellbeing/{kind}/{id}", Ct);
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            Assert.Contains(secret, await before.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.NoContent, (await owner.PutAsJsonAsync($"/api/v1/wellbeing/{kind}/{id}/sharing", new { shared = false }, Ct)).StatusCode);

            var after = await mentor.GetAsync($"/api/v1/wellbeing/{kind}/{id}", Ct);
            Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
            var text = await after.Content.ReadAsStringAsync(Ct);
            Assert.Equal("not_shared", JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
            Assert.Contains("no longer shared", text, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            // Only the owner shares: the mentor cannot share it back.
            Assert.Equal(HttpStatusCode.Forbidden, (await mentor.PutAsJsonAsync($"/api/v1/wellbeing/{kind}/{id}/sharing", new { shared = true }, Ct)).StatusCode);
        }
        Assert.Equal(0, (await mentor.GetFromJsonAsync<JsonElement>($"/api/v1/wellbeing/stressors?owner={johan.Id}", Ct)).GetProperty("total").GetInt32());
        Assert.DoesNotContain("Merged the refactor", await mentor.GetStringAsync($"/Wellbeing?owner={johan.Id}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sharing_a_check_in_from_the_page_shows_it_to_the_mentor_and_withdrawing_hides_it_at_once()
    {
        var world = await WorldAsync();
        var johan = world.Johan.Mentee;
        var id = await world.Given.WellbeingCheckInAsync(johan, note: "Long week, but I slept.");
        var owner = await johan.SignInAsync();
        var mentor = await world.Johan.Mentor.SignInAsync();
        Assert.DoesNotContain("Long week", await mentor.GetStringAsync($"/Wellbeing?owner={johan.Id}", Ct), StringComparison.Ordinal);

        var share = await ThriveApp.PostFormAsync(owner, $"/Wellbeing?handler=Share&kind=CheckIn&id={id}&shared=true", [], "/Wellbeing");
        Assert.Equal(HttpStatusCode.Redirect, share.StatusCode);
        Assert.Contains("Long week", await mentor.GetStringAsync($"/Wellbeing?owner={johan.Id}", Ct), StringComparison.Ordinal);
        await ThriveApp.PostFormAsync(owner, $"/Wellbeing?handler=Share&kind=CheckIn&id={id}&shared=false", [], "/Wellbeing");
        Assert.DoesNotContain("Long week", await mentor.GetStringAsync($"/Wellbeing?owner={johan.Id}", Ct), StringComparison.Ordinal);
        // Another person's entry cannot be shared from the page either.
        var other = await world.OtherMentee.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await ThriveApp.PostFormAsync(other, $"/Wellbeing?handler=Share&kind=CheckIn&id={id}&shared=true", [], "/Wellbeing")).StatusCode);
        Assert.False(await App.WithDbAsync(db => db.WellbeingCheckIns.Where(c => c.Id == id).Select(c => c.Shared).SingleAsync()));
    }

    [Fact]
    public async Task The_summary_shows_the_mentor_the_trend_only_when_shared_and_never_the_signal_or_notes()
    {
        var world = await WorldAsync();
        var johan = world.Johan.Mentee;
        await world.Given.WellbeingCheckInAsync(johan, weeksAgo: 2, stress: 2, sleep: 4, workInProgress: 1, note: "secret one");
        await world.Given.WellbeingCheckInAsync(johan, weeksAgo: 1, stress: 3, sleep: 3, workInProgress: 2, note: "secret two");
        await world.Given.WellbeingCheckInAsync(johan, weeksAgo: 0, stress: 4, sleep: 2, workInProgress: 4, note: "secret three");
        var owner = await johan.SignInAsync();
        var mentor = await world.Johan.Mentor.SignInAsync();

        var mine = await owner.GetFromJsonAsync<JsonElement>("/api/v1/wellbeing/summary", Ct);
        Assert.Equal(3, mine.GetProperty("trend").GetArrayLength());
        Assert.Contains("stress went 2 → 3 → 4", mine.GetProperty("heavy").GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.True(mine.GetProperty("checkedInThisWeek").GetBoolean());
        var page = WebUtility.HtmlDecode(await owner.GetStringAsync("/Wellbeing", Ct));
        Assert.Contains("This looks like a heavy stretch: talk it through in your next session?", page, StringComparison.Ordinal);
        Assert.Contains("not a diagnosis", page, StringComparison.Ordinal);

        var hidden = await mentor.GetFromJsonAsync<JsonElement>($"/api/v1/wellbeing/summary?owner={johan.Id}", Ct);
        Assert.False(hidden.GetProperty("summaryShared").GetBoolean());
        Assert.Equal(0, hidden.GetProperty("trend").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("heavy").ValueKind);
        Assert.Contains("does not share their trend", WebUtility.HtmlDecode(await mentor.GetStringAsync($"/Wellbeing?owner={johan.Id}", Ct)), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.PutAsJsonAsync("/api/v1/wellbeing/sharing", new { shareSummary = true, wouldLikeSupport = false }, Ct)).StatusCode);
        var shown = await mentor.GetAsync($"/api/v1/wellbeing/summary?owner={johan.Id}", Ct);
        var text = await shown.Content.ReadAsStringAsync(Ct);
        var json = JsonDocument.Parse(text).RootElement;
        Assert.Equal(3, json.GetProperty("trend").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("heavy").ValueKind);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        var mentorPage = WebUtility.HtmlDecode(await mentor.GetStringAsync($"/Wellbeing?owner={johan.Id}", Ct));
        Assert.Contains("id=\"t-trend\"", mentorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("heavy stretch", mentorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", mentorPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinator_sees_only_the_support_flag_on_the_programme_page_and_never_an_entry()
    {
        var world = await WorldAsync();
        var johan = world.Johan.Mentee;
        await world.Given.WellbeingCheckInAsync(johan, note: "Nobody else should read this note.", shared: true);
        var owner = await johan.SignInAsync();
        var coordinator = await world.Coordinator.SignInAsync();
        var programme = world.Johan.Programme.Id;
        Assert.DoesNotContain("Would like support", await coordinator.GetStringAsync($"/Programmes/{programme}", Ct), StringComparison.Ordinal);

        var raised = await ThriveApp.PostFormAsync(owner, "/Wellbeing?handler=Sharing", new() { ["Sharing.WouldLikeSupport"] = "true" }, "/Wellbeing");
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var html = await coordinator.GetStringAsync($"/Programmes/{programme}", Ct);
        Assert.Contains("Would like support", html, StringComparison.Ordinal);
        Assert.Contains("Johan Botha", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nobody else", html, StringComparison.Ordinal);
        var api = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{programme}/wellbeing/support-requests", Ct);
        Assert.Equal(johan.Id, api.GetProperty("people")[0].GetProperty("personId").GetGuid());
        Assert.Equal(world.Johan.Id, api.GetProperty("people")[0].GetProperty("pairId").GetGuid());
        // The flag is not the mentor's or another mentee's to read; and it goes when lowered.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.Johan.Mentor.SignInAsync()).GetAsync($"/api/v1/programmes/{programme}/wellbeing/support-requests", Ct)).StatusCode);
        await ThriveApp.PostFormAsync(owner, "/Wellbeing?handler=Sharing", new() { ["Sharing.WouldLikeSupport"] = "false" }, "/Wellbeing");
        Assert.Equal(0, (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/programmes/{programme}/wellbeing/support-requests", Ct)).GetProperty("people").GetArrayLength());
    }

    [Fact]
    public async Task Stressors_get_strategies_planned_and_tried_and_bad_input_is_refused()
    {
        var world = await WorldAsync();
        var johan = await world.Johan.Mentee.SignInAsync();
        var named = await johan.PostAsJsonAsync("/api/v1/wellbeing/stressors", new { what = "Release weeks", when = "Every second Thursday", triggers = "Scope changes", strategy = "Freeze scope on Tuesday" }, Ct);
        Assert.Equal(HttpStatusCode.Created, named.StatusCode);
        var id = (await named.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var planned = await ThriveApp.PostFormAsync(johan, $"/Wellbeing?handler=Strategy&stressorId={id}", new() { ["Strategy.Text"] = "Walk at lunch" }, "/Wellbeing");
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var strategies = await App.WithDbAsync(db => db.CopingStrategies.Where(s => s.StressorId == id).OrderBy(s => s.CreatedAt).Select(s => s.Id).ToListAsync());
        Assert.Equal(2, strategies.Count);
        Assert.Equal(HttpStatusCode.NoContent, (await johan.PostAsJsonAsync($"/api/v1/wellbeing/stressors/{id}/strategies/{strategies[0]}/tries", new { outcome = "Helped" }, Ct)).StatusCode);
        await ThriveApp.PostFormAsync(johan, $"/Wellbeing?handler=Try&stressorId={id}&strategyId={strategies[0]}", new() { ["outcome"] = "DidNotHelp" }, "/Wellbeing");
        var tried = await johan.GetFromJsonAsync<JsonElement>($"/api/v1/wellbeing/stressors/{id}", Ct);
        var first = tried.GetProperty("strategies")[0];
        Assert.Equal((2, 1, 0), (first.GetProperty("tries").GetInt32(), first.GetProperty("helped").GetInt32(), first.GetProperty("helpedALittle").GetInt32()));
        Assert.Equal(CopingOutcome.DidNotHelp, await App.WithDbAsync(db => db.CopingStrategies.Where(s => s.Id == strategies[0]).Select(s => s.LastOutcome).SingleAsync()));

        Assert.Equal(HttpStatusCode.BadRequest, (await johan.PostAsJsonAsync("/api/v1/wellbeing/stressors", new { what = "  " }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await johan.PostAsJsonAsync("/api/v1/wellbeing/stressors", new { what = "x", triggers = new string('t', 100_000) }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await johan.PostAsJsonAsync($"/api/v1/wellbeing/stressors/{id}/strategies", new { text = "" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await johan.PostAsJsonAsync($"/api/v1/wellbeing/stressors/{id}/strategies/{strategies[0]}/tries", new { outcome = 7 }, Ct)).StatusCode);
        // A strategy of another stressor, or one that does not exist, is not found under this one.
        var (otherStressor, otherStrategy) = await world.Given.StressorAsync(world.Johan.Mentee, "Other", false, "Breathe");
        Assert.Equal(HttpStatusCode.NotFound, (await johan.PostAsJsonAsync($"/api/v1/wellbeing/stressors/{id}/strategies/{otherStrategy}/tries", new { outcome = "Helped" }, Ct)).StatusCode);
        Assert.NotEqual(id, otherStressor);
        Assert.Equal(1, await App.WithDbAsync(db => db.Stressors.CountAsync(s => s.What == "Release weeks")));
        // The mentor may not plan or try on Johan's stressor.
        var mentor = await world.Johan.Mentor.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.PostAsJsonAsync($"/api/v1/wellbeing/stressors/{id}/strategies", new { text = "Mine" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task The_owner_edits_and_deletes_stressors_strategies_wins_and_check_ins_and_a_bad_edit_keeps_the_old_text()
    {
        var world = await WorldAsync();
        var johan = await world.Johan.Mentee.SignInAsync();
        var (stressor, strategy) = await world.Given.StressorAsync(world.Johan.Mentee, "Sprint demos", true, "Rehearse with a colleague", "Walk first");
        var win = await world.Given.WinAsync(world.Johan.Mentee, "Shipped the login page", shared: true);
        var checkIn = await world.Given.WellbeingCheckInAsync(world.Johan.Mentee, shared: true);

        // The page: an edit form per entry, prefilled; a wrong edit comes back open, with the message by the field, and changes nothing.
        var bad = await ThriveApp.PostFormAsync(johan, $"/Wellbeing?handler=ReviseStressor&id={stressor}", new() { ["EditStressor.What"] = " ", ["EditStressor.When"] = "Fridays" }, "/Wellbeing");
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("What stresses you is required", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Fridays\"", html, StringComparison.Ordinal); // what was typed stays
        Assert.Equal("Sprint demos", await App.WithDbAsync(db => db.Stressors.Where(s => s.Id == stressor).Select(s => s.What).SingleAsync()));
        var good = await ThriveApp.PostFormAsync(johan, $"/Wellbeing?handler=ReviseStressor&id={stressor}",
            new() { ["EditStressor.What"] = "Sprint demos to the whole department", ["EditStressor.When"] = "Every second Friday", ["EditStressor.Triggers"] = "" }, "/Wellbeing");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Contains("Sprint demos to the whole department", WebUtility.HtmlDecode(await johan.GetStringAsync("/Wellbeing", Ct)), StringComparison.Ordinal);

        // The API: a win rewritten, a future day refused by field, a strategy removed, the stressor still shared with its other strategy.
        Assert.Equal(HttpStatusCode.NoContent, (await johan.PutAsJsonAsync($"/api/v1/wellbeing/wins/{win}", new { text = "Shipped the login page on time", doubt = "" }, Ct)).StatusCode);
        var future = await johan.PutAsJsonAsync($"/api/v1/wellbeing/wins/{win}", new { text = "Later", on = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True((await ProblemAsync(future)).GetProperty("errors").TryGetProperty("On", out _));
        Assert.Equal("Shipped the login page on time", await App.WithDbAsync(db => db.Wins.Where(w => w.Id == win).Select(w => w.Text).SingleAsync()));
        Assert.Equal(HttpStatusCode.NoContent, (await johan.DeleteAsync($"/api/v1/wellbeing/stressors/{stressor}/strategies/{strategy}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await johan.DeleteAsync($"/api/v1/wellbeing/stressors/{stressor}/strategies/{strategy}", Ct)).StatusCode);
        var mentor = await world.Johan.Mentor.SignInAsync();
        var shared = await mentor.GetFromJsonAsync<JsonElement>($"/api/v1/wellbeing/stressors/{stressor}", Ct);
        Assert.Equal("Walk first", Assert.Single(shared.GetProperty("strategies").EnumerateArray()).GetProperty("text").GetString());

        // The mentor may read what is shared but never change or delete it.
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.DeleteAsync($"/api/v1/wellbeing/wins/{win}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.PutAsJsonAsync($"/api/v1/wellbeing/stressors/{stressor}", new { what = "Mine" }, Ct)).StatusCode);

        // Deleted from the page (the stressor with its strategies) and the API: gone for the mentor too.
        await ThriveApp.PostFormAsync(johan, $"/Wellbeing?handler=Delete&kind=Stressor&id={stressor}", [], "/Wellbeing");
        Assert.Equal(HttpStatusCode.NoContent, (await johan.DeleteAsync($"/api/v1/wellbeing/wins/{win}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await johan.DeleteAsync($"/api/v1/wellbeing/check-ins/{checkIn}", Ct)).StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.CopingStrategies.CountAsync(s => s.StressorId == stressor)));
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/api/v1/wellbeing/stressors/{stressor}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/api/v1/wellbeing/check-ins/{checkIn}", Ct)).StatusCode);
        Assert.Equal(0, (await mentor.GetFromJsonAsync<JsonElement>($"/api/v1/wellbeing/wins?owner={world.Johan.Mentee.Id}", Ct)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Rest_commitments_are_added_to_the_commitments_in_one_click()
    {
        var world = await WorldAsync();
        var johan = await world.Johan.Mentee.SignInAsync();
        var r = await ThriveApp.PostFormAsync(johan, "/Wellbeing?handler=Rest&template=time-off-code", [], "/Wellbeing");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("/Commitments", r.Headers.Location?.OriginalString);
        var behaviour = await App.WithDbAsync(db => db.Commitments.Where(c => c.OwnerId == world.Johan.Mentee.Id).Select(c => c.Behaviour).SingleAsync());
        Assert.Equal("take a full day away from code", behaviour);
        var bad = await ThriveApp.PostFormAsync(johan, "/Wellbeing?handler=Rest&template=nap-at-work", [], "/Wellbeing");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Choose one of the rest commitments offered.", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.Commitments.CountAsync(c => c.OwnerId == world.Johan.Mentee.Id)));
    }

    [Fact]
    public async Task The_tool_tells_the_owner_what_is_open_and_the_mentor_only_what_is_shared()
    {
        var world = await WorldAsync();
        var johan = world.Johan.Mentee;
        var home = WebUtility.HtmlDecode(await (await johan.SignInAsync()).GetStringAsync("/", Ct));
        Assert.Contains("This week's wellbeing check-in is not done yet", home, StringComparison.Ordinal);

        await world.Given.WellbeingCheckInAsync(johan, weeksAgo: 2, stress: 2, sleep: 4, workInProgress: 1);
        await world.Given.WellbeingCheckInAsync(johan, weeksAgo: 1, stress: 3, sleep: 3, workInProgress: 2, shared: true);
        await world.Given.WellbeingCheckInAsync(johan, weeksAgo: 0, stress: 4, sleep: 2, workInProgress: 3);
        await world.Given.WinAsync(johan, "Private win");
        home = WebUtility.HtmlDecode(await (await johan.SignInAsync()).GetStringAsync("/", Ct));
        Assert.DoesNotContain("check-in is not done yet", home, StringComparison.Ordinal);
        Assert.Contains("This looks like a heavy stretch", home, StringComparison.Ordinal);

        using var scope = App.Services.CreateScope();
        var tools = scope.ServiceProvider.GetRequiredService<StoryTools>();
        var today = world.Given.Today;
        var forOwner = new ToolReader(johan.Id, world.Johan.Programme.Id, johan.Id, today);
        var ownerAgenda = await tools.ItemsAsync(forOwner, ToolItemPlace.Agenda, Ct);
        Assert.Contains(ownerAgenda, i => i.Tool == "Wellbeing" && i.Text.StartsWith("Talk about the heavy stretch?", StringComparison.Ordinal));
        Assert.Contains(await tools.ItemsAsync(forOwner, ToolItemPlace.Journey, Ct), i => i.Text == "3 weekly check-ins kept and 1 win written down.");

        var forMentor = forOwner with { ReaderId = world.Johan.Mentor.Id };
        var mentorItems = (await tools.ItemsAsync(forMentor, ToolItemPlace.Agenda, Ct)).Concat(await tools.ItemsAsync(forMentor, ToolItemPlace.Home, Ct))
            .Where(i => i.Tool == "Wellbeing").ToList();
        var only = Assert.Single(mentorItems);
        Assert.Equal("Shared with you: 1 check-in, 0 stressors, 0 wins.", only.Text);
        Assert.DoesNotContain("heavy", only.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"/Wellbeing?owner={johan.Id}", only.Link);
    }

    [Fact]
    public async Task Someone_without_a_place_is_told_so_and_cannot_check_in()
    {
        var world = await WorldAsync();
        var coordinator = await world.Coordinator.SignInAsync();
        Assert.Contains("no accepted place", await coordinator.GetStringAsync("/Wellbeing", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync("/api/v1/wellbeing/check-ins", new { stress = 3, energy = 3, sleep = 3, rest = 3, workload = 3 }, Ct)).StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.WellbeingCheckIns.CountAsync()));
    }
}
