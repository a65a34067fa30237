using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Groups;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class GroupTests : WebTest
{
    /// <summary>Two pairs of one programme (Lerato and Daan, Kabelo and Ayesha), a mentee of another programme, the coordinator.</summary>
    private sealed record World(GivenProgramme Programme, GivenPair Lerato, GivenPair Kabelo, GivenPerson Stranger, Given Given)
    {
        public GivenPerson Coordinator => Programme.Coordinator;
    }

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var lerato = await given.PairAsync(programme, await given.MentorAsync(programme, "Daan Jansen"), await given.MenteeAsync(programme, "Lerato Mokoena"));
        var kabelo = await given.PairAsync(programme, await given.MentorAsync(programme, "Ayesha Khan"), await given.MenteeAsync(programme, "Kabelo Dube"));
        var other = await given.ProgrammeAsync("Another cohort");
        var stranger = (await given.PairAsync(other)).Mentee;
        return new World(programme, lerato, kabelo, stranger, given);
    }

    private static async Task<string> HtmlAsync(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));

    [Fact]
    public async Task The_coordinator_creates_a_book_club_and_mentors_and_mentees_of_several_pairs_join_it()
    {
        var w = await WorldAsync();
        var coordinator = await w.Coordinator.SignInAsync();
        var created = await ThriveApp.PostFormAsync(coordinator, $"/Groups/New?where={w.Programme.Id}", new()
        {
            ["Input.Kind"] = "BookClub", ["Input.Name"] = "Dare to Lead club", ["Input.Purpose"] = "Read it together, one idea at work a week.",
            ["Input.Capacity"] = "6", ["Input.Join"] = "Open", ["Input.BookTitle"] = "Dare to Lead", ["Input.BookAuthor"] = "Brené Brown",
            ["Input.BookLink"] = "https://brenebrown.com/book/dare-to-lead/", ["Input.Facilitators"] = w.Lerato.Mentor.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await App.WithDbAsync(db => db.Groups.Select(g => g.Id).SingleAsync());
        Assert.Equal($"/Groups/{id}", created.Headers.Location!.OriginalString);

        // Kabelo (another pair) sees it among the groups he may join, with its purpose and places, and joins.
        var kabelo = await w.Kabelo.Mentee.SignInAsync();
        var list = await HtmlAsync(kabelo, "/Groups");
        Assert.Contains("Dare to Lead club", list, StringComparison.Ordinal);
        Assert.Contains("5 of 6 places left", list, StringComparison.Ordinal);
        Assert.Contains("You are not in a group yet.", list, StringComparison.Ordinal);
        var joined = await ThriveApp.PostFormAsync(kabelo, $"/Groups?handler=Join&id={id}", [], "/Groups");
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        var lerato = await w.Lerato.Mentee.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(lerato, $"/Groups?handler=Join&id={id}", [], "/Groups")).StatusCode);

        var page = await HtmlAsync(kabelo, $"/Groups/{id}");
        Assert.Contains("facilitated by Daan Jansen", page, StringComparison.Ordinal);
        Assert.Contains("3 of 6 members", page, StringComparison.Ordinal);
        Assert.Contains("Lerato Mokoena", page, StringComparison.Ordinal);

        var mine = await kabelo.GetFromJsonAsync<JsonElement>("/api/v1/groups", Ct);
        var g = Assert.Single(mine.GetProperty("groups").EnumerateArray());
        Assert.Equal("Member", g.GetProperty("myRole").GetString());
        Assert.Equal(3, g.GetProperty("members").GetInt32());
        Assert.Equal(0, mine.GetProperty("joinable").GetArrayLength());
    }

    [Fact]
    public async Task A_group_needs_its_fields_a_facilitator_of_the_programme_and_only_coordinators_or_admins_create_one()
    {
        var w = await WorldAsync();
        var coordinator = await w.Coordinator.SignInAsync();
        var refused = await ThriveApp.PostFormAsync(coordinator, $"/Groups/New?where={w.Programme.Id}", new()
        {
            ["Input.Kind"] = "BookClub", ["Input.Name"] = "", ["Input.Purpose"] = "Read", ["Input.Capacity"] = "1", ["Input.Join"] = "Open",
            ["Input.BookTitle"] = "Dare to Lead", ["Input.BookLink"] = "javascript:alert(1)", ["Input.Facilitators"] = w.Stranger.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        Assert.Contains("The name is required.", html, StringComparison.Ordinal);
        Assert.Contains("The capacity must be between 2 and 200.", html, StringComparison.Ordinal);
        Assert.Contains("The link must be a web address starting with http:// or https://.", html, StringComparison.Ordinal);
        Assert.Contains("Facilitators must be mentors or mentees of this programme.", html, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.Groups.CountAsync()));

        var mentee = await w.Lerato.Mentee.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await mentee.GetAsync("/Groups/New", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentee.GetAsync($"/Groups/New?where={w.Programme.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/Groups/New?where=community", Ct)).StatusCode);
    }

    [Fact]
    public async Task Joining_a_full_group_is_refused_with_a_clear_message_and_nothing_saved()
    {
        var w = await WorldAsync();
        var group = await w.Given.GroupAsync(w.Programme, w.Lerato.Mentor, [w.Lerato.Mentee], capacity: 2);
        var kabelo = await w.Kabelo.Mentee.SignInAsync();
        var r = await ThriveApp.PostFormAsync(kabelo, $"/Groups?handler=Join&id={group.Id}", [], "/Groups");
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("The group is full: all 2 places are taken.", WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(2, await App.WithDbAsync(db => db.GroupMembers.CountAsync(m => m.GroupId == group.Id)));
    }

    [Fact]
    public async Task Leaving_as_the_last_facilitator_is_refused_until_another_member_takes_the_role()
    {
        var w = await WorldAsync();
        var group = await w.Given.GroupAsync(w.Programme, w.Lerato.Mentor, [w.Lerato.Mentee]);
        var daan = await w.Lerato.Mentor.SignInAsync();
        var url = $"/Groups/{group.Id}";
        var r = await ThriveApp.PostFormAsync(daan, $"{url}?handler=Leave", [], url);
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("You are the group's last facilitator: make another member facilitator before leaving.", WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(daan, $"{url}?handler=Role&userId={w.Lerato.Mentee.Id}&to=Facilitator", [], url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(daan, $"{url}?handler=Leave", [], url)).StatusCode);
        var left = await App.WithDbAsync(db => db.GroupMembers.Where(m => m.GroupId == group.Id).Select(m => new { m.UserId, m.Role }).ToListAsync());
        Assert.Equal(w.Lerato.Mentee.Id, Assert.Single(left).UserId);
        Assert.Equal(GroupRole.Facilitator, left[0].Role);
    }

    [Fact]
    public async Task A_non_member_of_the_same_programme_gets_403_on_the_group_and_sees_only_an_open_groups_name_purpose_and_places()
    {
        var w = await WorldAsync();
        var group = await w.Given.GroupAsync(w.Programme, w.Lerato.Mentor, [w.Lerato.Mentee], parts: 2);
        var closed = await w.Given.GroupAsync(w.Programme, w.Lerato.Mentor, join: JoinPolicy.ByInvitation, name: "Invitation only circle", kind: GroupKind.MentoringCircle);
        await w.Given.GroupWorkAsync(group, group.Parts[0], w.Lerato.Mentee, reflection: "Shared at work: a rumble on the release plan.");
        var kabelo = await w.Kabelo.Mentee.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await kabelo.GetAsync($"/Groups/{group.Id}", Ct)).StatusCode);
        var api = await kabelo.GetAsync($"/api/v1/groups/{group.Id}", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("forbidden", (await api.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        var list = await HtmlAsync(kabelo, "/Groups");
        Assert.Contains("Dare to Lead club", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Invitation only circle", list, StringComparison.Ordinal);
        Assert.DoesNotContain("rumble on the release plan", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Lerato", list, StringComparison.Ordinal);
        // Someone of another programme does not even see it listed, and is refused joining it.
        var stranger = await w.Stranger.SignInAsync();
        Assert.DoesNotContain("Dare to Lead club", await HtmlAsync(stranger, "/Groups"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await ThriveApp.PostFormAsync(stranger, $"/Groups?handler=Join&id={group.Id}", [], "/Groups")).StatusCode);
        // Nor can anyone join a group by invitation on their own.
        Assert.Equal(HttpStatusCode.Forbidden, (await ThriveApp.PostFormAsync(kabelo, $"/Groups?handler=Join&id={closed.Id}", [], "/Groups")).StatusCode);
    }

    [Fact]
    public async Task The_coordinator_sees_members_and_progress_but_never_prompts_or_reflections()
    {
        var w = await WorldAsync();
        var group = await w.Given.GroupAsync(w.Programme, w.Lerato.Mentor, [w.Lerato.Mentee, w.Kabelo.Mentee], parts: 4);
        await w.Given.GroupWorkAsync(group, group.Parts[0], w.Lerato.Mentee, reflection: "I asked my lead for a rumble.", prompt: "What armour do you wear?", voters: [w.Kabelo.Mentee]);
        var coordinator = await w.Coordinator.SignInAsync();
        var page = await HtmlAsync(coordinator, $"/Groups/{group.Id}");
        Assert.Contains("Lerato Mokoena", page, StringComparison.Ordinal);
        Assert.Contains("1 of 4 parts", page, StringComparison.Ordinal);
        Assert.DoesNotContain("I asked my lead for a rumble.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("What armour do you wear?", page, StringComparison.Ordinal);
        var api = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{group.Id}", Ct);
        Assert.Equal(3, api.GetProperty("members").GetArrayLength());
        Assert.Equal(25, api.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Lerato Mokoena").GetProperty("percent").GetInt32());
        Assert.Equal(8, api.GetProperty("groupPercent").GetInt32()); // 1 of 12 member-parts
        Assert.DoesNotContain("rumble", api.GetRawText(), StringComparison.Ordinal);
        // The coordinator may not write in the group either.
        var url = $"/Groups/{group.Id}";
        Assert.Equal(HttpStatusCode.Forbidden, (await ThriveApp.PostFormAsync(coordinator, $"{url}?handler=Reflect", new() { ["Reflection.PartId"] = group.Parts[0].ToString(), ["Reflection.Text"] = "x" }, url)).StatusCode);
        // Kabelo, a member, reads both.
        var kabelo = await HtmlAsync(await w.Kabelo.Mentee.SignInAsync(), url);
        Assert.Contains("I asked my lead for a rumble.", kabelo, StringComparison.Ordinal);
        Assert.Contains("What armour do you wear?", kabelo, StringComparison.Ordinal);
        Assert.Contains("1 vote", kabelo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_private_reflection_is_hidden_from_the_other_members()
    {
        var w = await WorldAsync();
        var group = await w.Given.GroupAsync(w.Programme, w.Lerato.Mentor, [w.Lerato.Mentee, w.Kabelo.Mentee], parts: 2);
        var url = $"/Groups/{group.Id}";
        var lerato = await w.Lerato.Mentee.SignInAsync();
        var saved = await ThriveApp.PostFormAsync(lerato, $"{url}?handler=Reflect", new()
        {
            ["Reflection.PartId"] = group.Parts[0].ToString(), ["Reflection.Text"] = "I was scared to give feedback to my lead.", ["Reflection.IsPrivate"] = "true",
        }, url);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("I was scared to give feedback to my lead.", await HtmlAsync(lerato, url), StringComparison.Ordinal);
        Assert.DoesNotContain("scared to give feedback", await HtmlAsync(await w.Kabelo.Mentee.SignInAsync(), url), StringComparison.Ordinal);
        Assert.DoesNotContain("scared to give feedback", await HtmlAsync(await w.Lerato.Mentor.SignInAsync(), url), StringComparison.Ordinal);
        // Shared after all: the group reads it.
        await ThriveApp.PostFormAsync(lerato, $"{url}?handler=Reflect", new() { ["Reflection.PartId"] = group.Parts[0].ToString(), ["Reflection.Text"] = "I gave the feedback after all." }, url);
        Assert.Contains("I gave the feedback after all.", await HtmlAsync(await w.Kabelo.Mentee.SignInAsync(), url), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.GroupReflections.CountAsync()));
    }

    [Fact]
    public async Task Members_mark_parts_read_add_prompts_and_vote_once_and_the_plan_shows_progress()
    {
        var w = await WorldAsync();
        var group = await w.Given.GroupAsync(w.Programme, w.Lerato.Mentor, [w.Lerato.Mentee], parts: 2);
        var url = $"/Groups/{group.Id}";
        var lerato = await w.Lerato.Mentee.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(lerato, $"{url}?handler=Read&partId={group.Parts[0]}&read=true", [], url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(lerato, $"{url}?handler=Prompt", new() { ["Prompt.PartId"] = group.Parts[0].ToString(), ["Prompt.Text"] = "Which value did you live this week?" }, url)).StatusCode);
        var prompt = await App.WithDbAsync(db => db.DiscussionPrompts.Select(p => p.Id).SingleAsync());
        var daan = await w.Lerato.Mentor.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(daan, $"{url}?handler=Vote&promptId={prompt}&partId={group.Parts[0]}", [], url)).StatusCode);
        var twice = await ThriveApp.PostFormAsync(daan, $"{url}?handler=Vote&promptId={prompt}&partId={group.Parts[0]}", [], url);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("You have already voted for this prompt.", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.PromptVotes.CountAsync()));
        var api = await lerato.GetFromJsonAsync<JsonElement>($"/api/v1/groups/{group.Id}", Ct);
        Assert.Equal(50, api.GetProperty("myPercent").GetInt32());
        Assert.Equal(25, api.GetProperty("groupPercent").GetInt32());
        var first = api.GetProperty("readingPlan")[0];
        Assert.True(first.GetProperty("readByMe").GetBoolean());
        Assert.Equal(1, first.GetProperty("readBy").GetInt32());
        Assert.Contains("Which value did you live this week?", await HtmlAsync(daan, url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overlapping_or_out_of_order_reading_parts_are_refused_with_a_clear_message()
    {
        var w = await WorldAsync();
        var group = await w.Given.GroupAsync(w.Programme, w.Lerato.Mentor, [w.Lerato.Mentee], parts: 2); // chapters 1-2 and 3-4, due in one and two weeks
        var edit = $"/Groups/{group.Id}/Edit";
        var daan = await w.Lerato.Mentor.SignInAsync();
        string Day(int days) => w.Given.Today.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var overlap = await ThriveApp.PostFormAsync(daan, $"{edit}?handler=Part", new() { ["Part.Title"] = "Part 3", ["Part.FromChapter"] = "4", ["Part.ToChapter"] = "5", ["Part.DueOn"] = Day(21) }, edit);
        Assert.Equal(HttpStatusCode.OK, overlap.StatusCode);
        Assert.Contains("These chapters overlap “Part 2” (chapters 3–4): each chapter belongs to one part.", WebUtility.HtmlDecode(await overlap.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        var early = await ThriveApp.PostFormAsync(daan, $"{edit}?handler=Part", new() { ["Part.Title"] = "Part 3", ["Part.FromChapter"] = "5", ["Part.ToChapter"] = "6", ["Part.DueOn"] = Day(10) }, edit);
        Assert.Contains("Out of order: “Part 2” comes earlier in the book", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(2, await App.WithDbAsync(db => db.ReadingParts.CountAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(daan, $"{edit}?handler=Part", new() { ["Part.Title"] = "Part 3", ["Part.FromChapter"] = "5", ["Part.ToChapter"] = "6", ["Part.DueOn"] = Day(21) }, edit)).StatusCode);
        // A member who does not facilitate may not change the plan.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await w.Lerato.Mentee.SignInAsync()).GetAsync(edit, Ct)).StatusCode);
    }

    [Fact]
    public async Task Script_in_any_field_is_stored_as_text_and_rendered_encoded()
    {
        var w = await WorldAsync();
        const string Script = "<script>alert('x')</script>";
        var group = await w.Given.GroupAsync(w.Programme, w.Lerato.Mentor, [w.Lerato.Mentee], parts: 1, name: Script);
        await w.Given.GroupWorkAsync(group, group.Parts[0], w.Lerato.Mentee, reflection: Script, prompt: Script);
        foreach (var url in new[] { $"/Groups/{group.Id}", "/Groups", "/" })
        {
            var raw = await (await w.Lerato.Mentee.SignInAsync()).GetStringAsync(url, Ct);
            Assert.DoesNotContain(Script, raw, StringComparison.Ordinal);
        }
        var raw2 = await (await w.Lerato.Mentee.SignInAsync()).GetStringAsync($"/Groups/{group.Id}", Ct);
        Assert.Contains("&lt;script&gt;", raw2, StringComparison.Ordinal);
        Assert.Equal(Script, await App.WithDbAsync(db => db.Groups.Select(g => g.Name).SingleAsync()));
    }

    [Fact]
    public async Task An_archived_group_stays_readable_and_refuses_every_change()
    {
        var w = await WorldAsync();
        var group = await w.Given.GroupAsync(w.Programme, w.Lerato.Mentor, [w.Lerato.Mentee], parts: 1);
        var url = $"/Groups/{group.Id}";
        var daan = await w.Lerato.Mentor.SignInAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await ThriveApp.PostFormAsync(daan, $"{url}?handler=Archive", [], url)).StatusCode); // the coordinator archives
        var coordinator = await w.Coordinator.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(coordinator, $"{url}?handler=Archive", [], url)).StatusCode);
        var lerato = await w.Lerato.Mentee.SignInAsync();
        Assert.Contains("This group was archived", await HtmlAsync(lerato, url), StringComparison.Ordinal);
        var read = await ThriveApp.PostFormAsync(lerato, $"{url}?handler=Read&partId={group.Parts[0]}&read=true", [], url);
        Assert.Equal(HttpStatusCode.Conflict, read.StatusCode);
        Assert.Contains("This group is archived and can no longer be changed.", WebUtility.HtmlDecode(await read.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await ThriveApp.PostFormAsync(lerato, $"{url}?handler=Leave", [], url)).StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.PartsRead.CountAsync()));
    }

    [Fact]
    public async Task The_home_page_shows_each_of_the_readers_groups_with_the_next_part_due_and_the_profile_lists_them()
    {
        var w = await WorldAsync();
        var group = await w.Given.GroupAsync(w.Programme, w.Lerato.Mentor, [w.Lerato.Mentee], parts: 3);
        await w.Given.GroupAsync(null, w.Lerato.Mentor, [w.Lerato.Mentee], kind: GroupKind.PeerGroup, name: "Front-end peers");
        var lerato = await w.Lerato.Mentee.SignInAsync();
        var home = await HtmlAsync(lerato, "/");
        Assert.Contains("Dare to Lead club", home, StringComparison.Ordinal);
        Assert.Contains("Next: Part 1", home, StringComparison.Ordinal);
        Assert.Contains("Front-end peers", home, StringComparison.Ordinal);
        var profile = await HtmlAsync(lerato, "/Account/Profile");
        Assert.Contains("Dare to Lead club", profile, StringComparison.Ordinal);
        Assert.Contains("Front-end peers", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("Dare to Lead club", await HtmlAsync(await w.Kabelo.Mentee.SignInAsync(), "/"), StringComparison.Ordinal);
        _ = group;
    }

    [Fact]
    public async Task The_groups_to_join_and_the_programmes_groups_are_paged_apart_on_the_page_and_in_the_api()
    {
        var w = await WorldAsync();
        // 23 open groups of the programme and 2 of the community; one of them is already Kabelo's.
        for (var i = 1; i <= 23; i++) await w.Given.GroupAsync(w.Programme, w.Lerato.Mentor, name: $"Circle {i:00}", kind: GroupKind.MentoringCircle);
        await w.Given.GroupAsync(null, w.Lerato.Mentor, name: "Community peers A", kind: GroupKind.PeerGroup);
        await w.Given.GroupAsync(null, w.Lerato.Mentor, [w.Kabelo.Mentee], name: "Community peers B", kind: GroupKind.PeerGroup);

        var kabelo = await w.Kabelo.Mentee.SignInAsync();
        var first = await HtmlAsync(kabelo, "/Groups");
        Shows(first, ["Groups you may join (24)", "Circle 01", "Circle 20", "Page 1 of 2", "href=\"/Groups?page=2\"", "Community peers B"], ["Circle 21"]);
        var second = await HtmlAsync(kabelo, "/Groups?page=2");
        Shows(second, ["Circle 23", "Community peers A"], ["Circle 20"]);
        // His own group is listed as his, on every page, and never as one to join.
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(second, "Community peers B"));

        var api = await kabelo.GetFromJsonAsync<JsonElement>("/api/v1/groups?page=3&pageSize=10", Ct);
        Assert.Equal(24, api.GetProperty("joinableTotal").GetInt32());
        Assert.Equal(3, api.GetProperty("page").GetInt32());
        Assert.Equal(["Circle 21", "Circle 22", "Circle 23", "Community peers A"], api.GetProperty("joinable").EnumerateArray().Select(g => g.GetProperty("name").GetString()!).ToList());
        Assert.Equal("Community peers B", Assert.Single(api.GetProperty("groups").EnumerateArray()).GetProperty("name").GetString());

        // The coordinator pages the programme's 23 groups (the community's are not hers) with ?running=.
        var coordinator = await w.Coordinator.SignInAsync();
        var running = await HtmlAsync(coordinator, "/Groups?running=2");
        // She takes part in no programme: no groups to join, only those of her programme.
        Shows(running, ["Groups of the programmes you coordinate (23)", "Circle 21", "href=\"/Groups?running=1\""], ["Circle 20", "Community peers", "Groups you may join"]);
        var coordinated = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/groups?runningPage=2", Ct);
        Assert.Equal(23, coordinated.GetProperty("runningTotal").GetInt32());
        Assert.Equal(3, coordinated.GetProperty("running").GetArrayLength());
        // Nonsense page numbers are not an error.
        Assert.Equal(HttpStatusCode.OK, (await kabelo.GetAsync("/Groups?page=-4&running=abc", Ct)).StatusCode);
        Shows(await HtmlAsync(kabelo, "/Groups?page=abc"), ["Circle 01"], ["is not valid"]);
        // The rule is every page's (ThrivePageModel.PageParameters), not only this one's.
        Shows(await HtmlAsync(await (await w.Given.AdminAsync()).SignInAsync(), "/Admin/Users?page=abc"), ["People"], ["is not valid"]);
    }

    private static void Shows(string html, string[] shown, string[] hidden)
    {
        Assert.All(shown, text => Assert.Contains(text, html, StringComparison.Ordinal));
        Assert.All(hidden, text => Assert.DoesNotContain(text, html, StringComparison.Ordinal));
    }
}
