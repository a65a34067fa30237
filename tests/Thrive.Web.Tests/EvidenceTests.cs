using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Evidence;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class EvidenceTests : WebTest
{
    /// <summary>Lerato (mentee, UTC) and her mentor with one of her goals; another pair; the programme's coordinator.</summary>
    private sealed record World(GivenPair Lerato, GivenGoal Goal, GivenPair Other, GivenPerson Coordinator, Given Given);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var lerato = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Lerato Mokoena"));
        var goal = await given.GoalAsync(lerato.Mentee, "Publish three pieces of front-end writing");
        return new World(lerato, goal, await given.PairAsync(programme), programme.Coordinator, given);
    }

    private DateOnly Today => Thrive.Domain.Common.TimeZones.LocalDate(App.Clock.GetUtcNow(), "UTC");

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Form(string title = "Focus traps in React modals", string link = "https://dev.to/lerato/focus-traps", string? on = null,
        string note = "A post with a small demo.", Guid? goal = null)
    {
        var f = new Dictionary<string, string>
        {
            ["Input.Kind"] = "Post", ["Input.Title"] = title, ["Input.Link"] = link, ["Input.Skills"] = "React, accessibility", ["Input.Note"] = note,
        };
        if (on is not null) f["Input.On"] = on;
        if (goal is { } g) f["Input.Goals[0]"] = g.ToString();
        return f;
    }

    private Task<int> EvidenceOfAsync(GivenPerson owner) => App.WithDbAsync(db => db.EvidenceItems.CountAsync(e => e.OwnerId == owner.Id));

    [Fact]
    public async Task Evidence_added_on_the_form_is_tied_to_a_goal_listed_for_the_owner_and_the_mentor_and_can_be_edited_and_deleted()
    {
        var world = await WorldAsync();
        var lerato = await world.Lerato.Mentee.SignInAsync();
        var added = await ThriveApp.PostFormAsync(lerato, "/Evidence?handler=Add", Form(goal: world.Goal.Id), "/Evidence");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await App.WithDbAsync(db => db.EvidenceItems.Where(e => e.OwnerId == world.Lerato.Mentee.Id).Select(e => e.Id).SingleAsync());

        var mentor = await world.Lerato.Mentor.SignInAsync();
        var page = WebUtility.HtmlDecode(await mentor.GetStringAsync($"/Evidence?owner={world.Lerato.Mentee.Id}", Ct));
        Assert.Contains("Focus traps in React modals", page, StringComparison.Ordinal);
        Assert.Contains("Publish three pieces of front-end writing", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Add evidence", page, StringComparison.Ordinal);

        var list = await lerato.GetFromJsonAsync<JsonElement>("/api/v1/evidence", Ct);
        var item = list.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(["React", "accessibility"], item.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(world.Goal.Id, item.GetProperty("goals").EnumerateArray().Single().GetGuid());
        Assert.Equal(1, list.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "Post").GetProperty("items").GetInt32());

        // Edited without the goal: the tie goes; the mentor may not edit or delete.
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.PutAsJsonAsync($"/api/v1/evidence/{id}", new { kind = "Talk", title = "Mine now" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.DeleteAsync($"/api/v1/evidence/{id}", Ct)).StatusCode);
        var edited = await ThriveApp.PostFormAsync(lerato, $"/Evidence/{id}/Edit", Form(title: "Focus traps, revisited"), $"/Evidence/{id}/Edit");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.EvidenceGoals.CountAsync(l => l.EvidenceId == id)));
        Assert.Equal(HttpStatusCode.NoContent, (await lerato.DeleteAsync($"/api/v1/evidence/{id}", Ct)).StatusCode);
        Assert.Equal(0, await EvidenceOfAsync(world.Lerato.Mentee));
        Assert.Equal(HttpStatusCode.NotFound, (await lerato.GetAsync($"/Evidence/{id}/Edit", Ct)).StatusCode);
    }

    [Fact]
    public async Task Bad_input_gets_messages_beside_its_fields_on_the_form_and_problem_details_on_the_api_and_nothing_is_saved()
    {
        var world = await WorldAsync();
        var lerato = await world.Lerato.Mentee.SignInAsync();
        var cases = new (Dictionary<string, string> Form, string Message)[]
        {
            (Form(link: "javascript:alert(1)"), "must be a web address starting with http:// or https://"),
            (Form(on: Day(Today.AddDays(1))), "The date cannot be in the future"),
            (Form(note: new string('n', 100_000)), "The note must be at most 2000 characters"),
            (Form(title: ""), "The title is required"),
            (Form(on: "yesterday"), "is not valid for"),
        };
        foreach (var (form, message) in cases)
        {
            var r = await ThriveApp.PostFormAsync(lerato, "/Evidence?handler=Add", form, "/Evidence");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Contains(message, await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        // Another person's goal cannot be borrowed.
        var theirs = await world.Given.GoalAsync(world.Other.Mentee, "Their goal");
        Assert.Contains("Choose goals from your own list", await (await ThriveApp.PostFormAsync(lerato, "/Evidence?handler=Add", Form(goal: theirs.Id), "/Evidence")).Content.ReadAsStringAsync(Ct),
            StringComparison.Ordinal);

        var api = new (object Body, string Field)[]
        {
            (new { kind = "Post", title = "x", link = "javascript:alert(1)" }, "Link"),
            (new { kind = "Post", title = "x", on = Day(Today.AddDays(3)) }, "On"),
            (new { kind = "Post", title = "x", note = new string('n', 100_000) }, "Note"),
            (new { kind = "Post", title = "x", skills = string.Join(",", Enumerable.Range(1, 12).Select(i => $"s{i}")) }, "Skills"),
        };
        foreach (var (body, field) in api)
        {
            var r = await lerato.PostAsJsonAsync("/api/v1/evidence", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.True((await r.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _), field);
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await lerato.PostAsJsonAsync("/api/v1/evidence", new { kind = "Poem", title = "x" }, Ct)).StatusCode);
        Assert.Equal(0, await EvidenceOfAsync(world.Lerato.Mentee));

        var version = await lerato.PostAsJsonAsync("/api/v1/evidence/assets/versions", new { kind = "Cv", link = "javascript:alert(1)", summary = new string('s', 100_000) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, version.StatusCode);
        var errors = (await version.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Link", out _) && errors.TryGetProperty("Summary", out _));
        var empty = await ThriveApp.PostFormAsync(lerato, "/Evidence/Assets?handler=Add", new() { ["Input.Kind"] = "LinkedIn" }, "/Evidence/Assets");
        Assert.Contains("Give a link to this version, a short summary of it, or both", await empty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.CareerAssets.CountAsync(a => a.OwnerId == world.Lerato.Mentee.Id)));
    }

    [Fact]
    public async Task Script_in_any_field_is_shown_as_text_on_the_pages_and_the_shared_portfolio()
    {
        var world = await WorldAsync();
        var lerato = await world.Lerato.Mentee.SignInAsync();
        const string Script = "<script>alert('x')</script>";
        Assert.Equal(HttpStatusCode.Created, (await lerato.PostAsJsonAsync("/api/v1/evidence", new { kind = "Talk", title = Script, skills = "<b>bold</b>", note = "<img src=x onerror=alert(1)>" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await lerato.PostAsJsonAsync("/api/v1/evidence/assets/versions", new { kind = "Cv", summary = Script }, Ct)).StatusCode);
        var link = (await (await lerato.PostAsync("/api/v1/evidence/portfolio/link", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("url").GetString()!;
        var pages = new[]
        {
            await lerato.GetStringAsync("/Evidence", Ct), await (await world.Lerato.Mentor.SignInAsync()).GetStringAsync($"/Evidence/Assets?owner={world.Lerato.Mentee.Id}", Ct),
            await App.Anonymous().GetStringAsync(new Uri(link).PathAndQuery, Ct),
        };
        foreach (var page in pages)
        {
            Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", page, StringComparison.Ordinal);
            Assert.DoesNotContain(Script, page, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>bold</b>", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_version_sent_for_review_reaches_the_mentor_who_comments_and_marks_it_reviewed_and_the_owner_sees_it_came_back()
    {
        var world = await WorldAsync();
        var lerato = await world.Lerato.Mentee.SignInAsync();
        var mentor = await world.Lerato.Mentor.SignInAsync();
        var added = await ThriveApp.PostFormAsync(lerato, "/Evidence/Assets?handler=Add",
            new() { ["Input.Kind"] = "Cv", ["Input.Link"] = "https://example.com/lerato-cv.pdf", ["Input.Summary"] = "Two pages, projects first." }, "/Evidence/Assets");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        // The second version must say what changed.
        var noChanges = await lerato.PostAsJsonAsync("/api/v1/evidence/assets/versions", new { kind = "Cv", summary = "v2" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noChanges.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await lerato.PostAsJsonAsync("/api/v1/evidence/assets/versions", new { kind = "Cv", summary = "v2", changes = "Added the design-system project." }, Ct)).StatusCode);
        var v2 = await App.WithDbAsync(db => db.AssetVersions.Where(v => v.Number == 2).Select(v => v.Id).SingleAsync());

        Assert.Equal(0, (await mentor.GetFromJsonAsync<JsonElement>("/api/v1/evidence/reviews", Ct)).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.PostAsync($"/api/v1/evidence/assets/versions/{v2}/review-request", null, Ct)).StatusCode);
        var asked = await ThriveApp.PostFormAsync(lerato, $"/Evidence/Assets?handler=Ask&versionId={v2}", [], "/Evidence/Assets");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var twice = await lerato.PostAsync($"/api/v1/evidence/assets/versions/{v2}/review-request", null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("review_requested", (await twice.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        var reviews = await mentor.GetFromJsonAsync<JsonElement>("/api/v1/evidence/reviews", Ct);
        Assert.Equal(v2, reviews.GetProperty("reviews").EnumerateArray().Single().GetProperty("versionId").GetGuid());
        Assert.Contains("Lerato Mokoena", await mentor.GetStringAsync("/Evidence/Reviews", Ct), StringComparison.Ordinal);
        // The agenda item is for both; another pair's mentor sees nothing and may not comment or review.
        var other = await world.Other.Mentor.SignInAsync();
        Assert.Equal(0, (await other.GetFromJsonAsync<JsonElement>("/api/v1/evidence/reviews", Ct)).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"/api/v1/evidence/assets/versions/{v2}/comments", new { body = "Hi" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"/api/v1/evidence/assets/versions/{v2}/reviewed", null, Ct)).StatusCode);

        var commented = await ThriveApp.PostFormAsync(mentor, $"/Evidence/Assets?handler=Comment&versionId={v2}&owner={world.Lerato.Mentee.Id}",
            new() { ["Comment.Body"] = "Lead with the **design-system** work." }, $"/Evidence/Assets?owner={world.Lerato.Mentee.Id}");
        Assert.Equal(HttpStatusCode.Redirect, commented.StatusCode);
        var emptyComment = await ThriveApp.PostFormAsync(mentor, $"/Evidence/Assets?handler=Comment&versionId={v2}&owner={world.Lerato.Mentee.Id}",
            new() { ["Comment.Body"] = " " }, $"/Evidence/Assets?owner={world.Lerato.Mentee.Id}");
        Assert.Contains("A comment is required", await emptyComment.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await lerato.PostAsync($"/api/v1/evidence/assets/versions/{v2}/reviewed", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await mentor.PostAsync($"/api/v1/evidence/assets/versions/{v2}/reviewed", null, Ct)).StatusCode);
        var again = await mentor.PostAsync($"/api/v1/evidence/assets/versions/{v2}/reviewed", null, Ct);
        Assert.Equal("not_requested", (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        var mine = WebUtility.HtmlDecode(await lerato.GetStringAsync("/Evidence/Assets", Ct));
        Assert.Contains("<strong>design-system</strong>", mine, StringComparison.Ordinal);
        Assert.Contains("reviewed", mine, StringComparison.Ordinal);
        Assert.Contains("Your mentor reviewed version 2 of your CV", WebUtility.HtmlDecode(await lerato.GetStringAsync("/", Ct)), StringComparison.Ordinal);
        var assets = await lerato.GetFromJsonAsync<JsonElement>("/api/v1/evidence/assets", Ct);
        var cv = assets.GetProperty("assets").EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "Cv");
        Assert.Equal(2, cv.GetProperty("versions").GetInt32());
        Assert.Equal("Reviewed", cv.GetProperty("newest")[0].GetProperty("review").GetString());
        Assert.Single(cv.GetProperty("newest")[0].GetProperty("comments").EnumerateArray());
        Assert.Equal(0, (await mentor.GetFromJsonAsync<JsonElement>("/api/v1/evidence/reviews", Ct)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_mentor_reads_the_evidence_and_the_coordinator_and_another_pair_see_nothing()
    {
        var world = await WorldAsync();
        await world.Given.EvidenceAsync(world.Lerato.Mentee, "A small GitHub repo of hooks", EvidenceKind.Repository);
        var owner = world.Lerato.Mentee.Id;
        var mentor = await world.Lerato.Mentor.SignInAsync();
        foreach (var url in new[] { $"/Evidence?owner={owner}", $"/Evidence/Assets?owner={owner}", $"/Evidence/Portfolio?owner={owner}", $"/api/v1/evidence?owner={owner}",
            $"/api/v1/evidence/assets?owner={owner}", $"/api/v1/evidence/portfolio?owner={owner}" })
        {
            Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(url, Ct)).StatusCode);
            foreach (var outsider in new[] { world.Coordinator, world.Other.Mentee, world.Other.Mentor })
                Assert.Equal(HttpStatusCode.Forbidden, (await (await outsider.SignInAsync()).GetAsync(url, Ct)).StatusCode);
        }
        Assert.Contains("A small GitHub repo of hooks", await mentor.GetStringAsync($"/Evidence?owner={owner}", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/api/v1/evidence?owner={Guid.NewGuid()}", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_goal_page_lists_the_evidence_tied_to_it_for_the_pair_and_not_for_the_coordinator()
    {
        var world = await WorldAsync();
        await world.Given.EvidenceAsync(world.Lerato.Mentee, "Talk: accessible modals at the React meetup", EvidenceKind.Talk, goals: [world.Goal.Id]);
        await world.Given.EvidenceAsync(world.Lerato.Mentee, "A post about something else");
        var url = $"/Goals/{world.Goal.Id}";
        foreach (var reader in new[] { world.Lerato.Mentee, world.Lerato.Mentor })
        {
            var page = WebUtility.HtmlDecode(await (await reader.SignInAsync()).GetStringAsync(url, Ct));
            Assert.Contains("Talk: accessible modals at the React meetup", page, StringComparison.Ordinal);
            Assert.DoesNotContain("A post about something else", page, StringComparison.Ordinal);
        }
        var coordinator = WebUtility.HtmlDecode(await (await world.Coordinator.SignInAsync()).GetStringAsync(url, Ct));
        Assert.Contains("Publish three pieces of front-end writing", coordinator, StringComparison.Ordinal);
        Assert.DoesNotContain("accessible modals", coordinator, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portfolio_dates_an_achieved_goal_on_the_owners_day_not_in_utc()
    {
        var world = await WorldAsync();
        var mentee = world.Lerato.Mentee;
        var lerato = await mentee.SignInAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await lerato.PostAsync($"/api/v1/goals/{world.Goal.Id}/achieved", null, Ct)).StatusCode);
        // Achieved at 23:30 UTC on 3 March: already 4 March in Auckland, where she lives.
        var late = new DateTimeOffset(2026, 3, 3, 23, 30, 0, TimeSpan.Zero);
        await App.WithDbAsync(async db =>
        {
            await db.Goals.Where(g => g.Id == world.Goal.Id).ExecuteUpdateAsync(g => g.SetProperty(x => x.AchievedAt, late), Ct);
            return await db.Users.Where(u => u.Id == mentee.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.TimeZone, "Pacific/Auckland"), Ct);
        });
        var portfolio = await lerato.GetFromJsonAsync<JsonElement>("/api/v1/evidence/portfolio", Ct);
        Assert.Equal("2026-03-04", portfolio.GetProperty("goals")[0].GetProperty("achievedOn").GetString());
    }

    [Fact]
    public async Task The_portfolio_link_shows_achievements_to_anyone_without_sign_in_and_stops_working_when_regenerated_or_revoked()
    {
        var world = await WorldAsync();
        var mentee = world.Lerato.Mentee;
        var lerato = await mentee.SignInAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await lerato.PostAsync($"/api/v1/goals/{world.Goal.Id}/achieved", null, Ct)).StatusCode);
        await world.Given.EvidenceAsync(mentee, "Talk: accessible modals at the React meetup", EvidenceKind.Talk);
        var cv = await world.Given.AssetVersionAsync(mentee, summary: "Two pages, projects first.");
        await world.Given.PrivateNoteAsync(await world.Given.SessionAsync(world.Lerato, world.Given.Now.AddDays(-2)), mentee, "Nervous about the talk, private.");
        await (await world.Lerato.Mentor.SignInAsync()).PostAsJsonAsync($"/api/v1/evidence/assets/versions/{cv}/comments", new { body = "A mentor's private remark." }, Ct);

        var made = await ThriveApp.PostFormAsync(lerato, "/Evidence/Portfolio?handler=Share", [], "/Evidence/Portfolio");
        var shown = WebUtility.HtmlDecode(await made.Content.ReadAsStringAsync(Ct));
        var link = System.Text.RegularExpressions.Regex.Match(shown, "value=\"(https?://[^\"]+/portfolio/[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(link);
        var path = new Uri(link).PathAndQuery;
        var stored = await App.WithDbAsync(db => db.PortfolioShares.Where(s => s.OwnerId == mentee.Id).Select(s => s.TokenHash).SingleAsync());
        Assert.DoesNotContain(stored, path, StringComparison.Ordinal);

        var anonymous = App.Anonymous();
        var response = await anonymous.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\"", page, StringComparison.Ordinal);
        Assert.Contains("Publish three pieces of front-end writing", page, StringComparison.Ordinal);
        Assert.Contains("Talk: accessible modals at the React meetup", page, StringComparison.Ordinal);
        Assert.Contains("Two pages, projects first.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("private", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<form method=\"post\"", page, StringComparison.Ordinal);

        // A new link ends the old one; revoking ends the new one; an unknown one is the same plain 404.
        var second = (await (await lerato.PostAsync("/api/v1/evidence/portfolio/link", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("url").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path, Ct)).StatusCode);
        var secondPath = new Uri(second).PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(secondPath, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(lerato, "/Evidence/Portfolio?handler=Revoke", [], "/Evidence/Portfolio")).StatusCode);
        var revoked = await anonymous.GetAsync(secondPath, Ct);
        var unknown = await anonymous.GetAsync("/portfolio/not-a-real-token", Ct);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(Ct), await revoked.Content.ReadAsStringAsync(Ct));
        Assert.False((await lerato.GetFromJsonAsync<JsonElement>("/api/v1/evidence/portfolio", Ct)).GetProperty("shared").GetBoolean());
    }
}
