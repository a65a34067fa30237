using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Commitments;
using Thrive.Domain.Roles;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

public sealed class RolesTests : WebTest
{
    /// <summary>Kabelo (mentee, UTC) and his mentor; another pair's mentee; the programme's coordinator.</summary>
    private sealed record World(GivenPair Kabelo, GivenPerson OtherMentee, GivenPerson Coordinator, Given Given);

    private async Task<World> WorldAsync()
    {
        var given = Given.In(App);
        var programme = await given.ProgrammeAsync();
        var kabelo = await given.PairAsync(programme, mentee: await given.MenteeAsync(programme, "Kabelo Molefe"));
        return new World(kabelo, (await given.PairAsync(programme)).Mentee, programme.Coordinator, given);
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DateOnly Today => Thrive.Domain.Common.TimeZones.LocalDate(App.Clock.GetUtcNow(), "UTC");

    private Dictionary<string, string> Form(string person = "Lerato Mokoena", string role = "Product manager", string fit = "4", string? heldOn = null,
        string liked = "Talking to customers", params string[] questions)
    {
        var f = new Dictionary<string, string>
        {
            ["Input.PersonName"] = person, ["Input.Role"] = role, ["Input.Fit"] = fit, ["Input.HeldOn"] = heldOn ?? Day(Today),
            ["Input.DayToDay"] = "Specs and customer calls", ["Input.Responsibilities"] = "The roadmap", ["Input.Liked"] = liked, ["Input.Disliked"] = "Meetings",
        };
        for (var i = 0; i < questions.Length; i++) f[$"Input.Questions[{i}]"] = questions[i];
        return f;
    }

    private static object Body(string person = "Sam Okafor", string role = "Developer relations", int fit = 4, DateOnly? heldOn = null, string liked = "",
        string[]? questions = null) => new { personName = person, role, fit, heldOn, liked, questions = questions ?? [] };

    private Task<int> ConversationsOfAsync(GivenPerson owner) => App.WithDbAsync(db => db.RoleConversations.CountAsync(c => c.OwnerId == owner.Id));

    private Task<List<decimal>> MeasureOfAsync(Guid goal) =>
        App.WithDbAsync(db => db.MeasureEntries.Where(m => m.GoalId == goal).OrderBy(m => m.Date).Select(m => m.Value).ToListAsync());

    [Fact]
    public async Task A_logged_conversation_with_the_questions_asked_shows_on_the_roles_map_and_in_the_log()
    {
        var world = await WorldAsync();
        var kabelo = await world.Kabelo.Mentee.SignInAsync();
        var empty = WebUtility.HtmlDecode(await kabelo.GetStringAsync("/Roles", Ct));
        Assert.Contains("No conversations yet", empty, StringComparison.Ordinal);
        Assert.Contains("Developer relations: not explored yet", empty, StringComparison.Ordinal);

        var logged = await ThriveApp.PostFormAsync(kabelo, "/Roles?handler=Log", Form(fit: "5", questions: ["b:day-typical", "b:hard-worst"]), "/Roles");
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var html = WebUtility.HtmlDecode(await kabelo.GetStringAsync("/Roles", Ct));
        Assert.Contains("Product manager: 1 conversation, 5 of 5", html, StringComparison.Ordinal);
        Assert.Contains("Rising to the top: <strong>Product manager</strong>", html, StringComparison.Ordinal);
        Assert.Contains("What does a typical week look like for you?", html, StringComparison.Ordinal);
        Assert.Contains("2 questions asked", html, StringComparison.Ordinal);

        var map = await kabelo.GetFromJsonAsync<JsonElement>("/api/v1/roles/map", Ct);
        Assert.Equal(1, map.GetProperty("conversations").GetInt32());
        Assert.Equal("Product manager", map.GetProperty("topRole").GetString());
        Assert.Equal(RoleCatalogue.BuiltIn.Count, map.GetProperty("map").GetArrayLength());
        Assert.Equal(5.0, map.GetProperty("map")[0].GetProperty("averageFit").GetDouble());
        Assert.Equal(JsonValueKind.Null, map.GetProperty("map")[1].GetProperty("averageFit").ValueKind);
        var list = await kabelo.GetFromJsonAsync<JsonElement>("/api/v1/role-conversations", Ct);
        Assert.Equal(["What does a typical week look like for you?", "What is the hardest or least fun part of the job?"],
            list.GetProperty("conversations")[0].GetProperty("questions").EnumerateArray().Select(q => q.GetString()));
    }

    [Fact]
    public async Task Bad_input_on_the_form_gets_messages_beside_its_fields_and_nothing_is_saved()
    {
        var world = await WorldAsync();
        var kabelo = await world.Kabelo.Mentee.SignInAsync();
        var cases = new (Dictionary<string, string> Form, string Message)[]
        {
            (Form(heldOn: Day(Today.AddDays(1))), "cannot be in the future"),
            (Form(heldOn: Day(Today.AddYears(-2))), "up to a year back"),
            (Form(fit: "6"), "must be between 1 and 5"),
            (Form(fit: "0"), "must be between 1 and 5"),
            (Form(fit: "lots"), "is not valid for Fit"),
            (Form(liked: new string('n', 100_000)), "What you liked must be at most 2000 characters"),
            (Form(person: ""), "Who you talked to is required"),
            (Form(role: "  "), "Their role is required"),
            (Form(questions: ["b:nope"]), "Pick questions from your question bank"),
        };
        foreach (var (form, message) in cases)
        {
            var r = await ThriveApp.PostFormAsync(kabelo, "/Roles?handler=Log", form, "/Roles");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Contains(message, WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        }
        Assert.Equal(0, await ConversationsOfAsync(world.Kabelo.Mentee));
    }

    [Fact]
    public async Task Bad_input_on_the_api_is_a_problem_details_with_the_field_and_nothing_is_saved()
    {
        var world = await WorldAsync();
        var kabelo = await world.Kabelo.Mentee.SignInAsync();
        var others = await world.Given.RoleQuestionAsync(world.OtherMentee);
        var cases = new (object Body, string Field)[]
        {
            (Body(fit: 6), "Fit"), (Body(fit: 0), "Fit"), (Body(heldOn: Today.AddDays(3)), "HeldOn"), (Body(heldOn: Today.AddDays(-400)), "HeldOn"),
            (Body(liked: new string('n', 100_000)), "Liked"), (Body(person: ""), "PersonName"), (Body(role: new string('r', 61)), "Role"),
            (Body(questions: [$"o:{others}"]), "Questions"), (Body(questions: ["o:not-a-guid"]), "Questions"),
        };
        foreach (var (body, field) in cases)
        {
            var r = await kabelo.PostAsJsonAsync("/api/v1/role-conversations", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
            Assert.True((await r.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _), field);
        }
        Assert.Equal(0, await ConversationsOfAsync(world.Kabelo.Mentee));
        var created = await kabelo.PostAsJsonAsync("/api/v1/role-conversations", Body(questions: ["b:path-how"]), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(1, await ConversationsOfAsync(world.Kabelo.Mentee));
    }

    [Fact]
    public async Task Script_in_any_field_is_shown_as_text_to_the_owner_and_the_mentor()
    {
        var world = await WorldAsync();
        var kabelo = await world.Kabelo.Mentee.SignInAsync();
        const string Script = "<script>alert('x')</script>";
        Assert.Equal(HttpStatusCode.Created, (await kabelo.PostAsJsonAsync("/api/v1/role-questions", new { group = "Hard", text = "<img src=x onerror=alert(1)>" }, Ct)).StatusCode);
        var question = await App.WithDbAsync(db => db.RoleQuestions.Where(q => q.OwnerId == world.Kabelo.Mentee.Id).Select(q => q.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Created, (await kabelo.PostAsJsonAsync("/api/v1/roles", new { name = Script }, Ct)).StatusCode);
        var created = await kabelo.PostAsJsonAsync("/api/v1/role-conversations", new
        {
            personName = Script, role = Script, fit = 3, liked = "<img src=x onerror=alert(1)>", disliked = Script, dayToDay = Script, responsibilities = Script,
            questions = new[] { $"o:{question}" },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        foreach (var client in new[] { kabelo, await world.Kabelo.Mentor.SignInAsync() })
        {
            var page = await client.GetStringAsync($"/Roles?owner={world.Kabelo.Mentee.Id}", Ct);
            Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", page, StringComparison.Ordinal);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page, StringComparison.Ordinal);
            Assert.DoesNotContain(Script, page, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_owner_edits_and_deletes_her_conversations_and_nobody_else_can()
    {
        var world = await WorldAsync();
        var id = await world.Given.RoleConversationAsync(world.Kabelo.Mentee, "Lerato Mokoena", daysAgo: 2);
        var kabelo = await world.Kabelo.Mentee.SignInAsync();
        var form = await kabelo.GetStringAsync($"/Roles/Conversations/{id}/Edit", Ct);
        Assert.Contains("value=\"Lerato Mokoena\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"b:day-typical\" checked=\"checked\"", form, StringComparison.Ordinal);
        var edited = await ThriveApp.PostFormAsync(kabelo, $"/Roles/Conversations/{id}/Edit", Form(person: "Lerato M.", role: "Design (UX and UI)", fit: "2"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var c = await App.WithDbAsync(db => db.RoleConversations.AsNoTracking().SingleAsync(x => x.Id == id));
        Assert.Equal(("Lerato M.", "design (ux and ui)", 2), (c.PersonName, c.RoleKey, c.Fit));
        var bad = await ThriveApp.PostFormAsync(kabelo, $"/Roles/Conversations/{id}/Edit", Form(fit: "9"));
        Assert.Contains("must be between 1 and 5", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await kabelo.PutAsJsonAsync($"/api/v1/role-conversations/{id}", Body(person: "Lerato Mokoena", fit: 3), Ct)).StatusCode);
        Assert.Equal(3, await App.WithDbAsync(db => db.RoleConversations.Where(x => x.Id == id).Select(x => x.Fit).SingleAsync()));

        foreach (var other in new[] { world.Kabelo.Mentor, world.OtherMentee, world.Coordinator })
        {
            var client = await other.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Roles/Conversations/{id}/Edit", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/role-conversations/{id}", Body(), Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/v1/role-conversations/{id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await ThriveApp.PostFormAsync(client, $"/Roles?handler=Delete&conversationId={id}", [], "/Roles")).StatusCode);
        }
        var unknown = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await kabelo.GetAsync($"/Roles/Conversations/{unknown}/Edit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kabelo.DeleteAsync($"/api/v1/role-conversations/{unknown}", Ct)).StatusCode);
        Assert.Equal(3, await App.WithDbAsync(db => db.RoleConversations.Where(x => x.Id == id).Select(x => x.Fit).SingleAsync()));

        var deleted = await ThriveApp.PostFormAsync(kabelo, $"/Roles?handler=Delete&conversationId={id}", [], "/Roles");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await ConversationsOfAsync(world.Kabelo.Mentee));
    }

    [Fact]
    public async Task The_mentor_reads_the_map_and_the_log_and_the_coordinator_and_another_pair_do_not()
    {
        var world = await WorldAsync();
        await world.Given.RoleConversationAsync(world.Kabelo.Mentee, "Naledi Dube", "Design (UX and UI)", fit: 3, daysAgo: 4);
        var owner = world.Kabelo.Mentee.Id;
        var mentor = await world.Kabelo.Mentor.SignInAsync();
        var page = WebUtility.HtmlDecode(await mentor.GetStringAsync($"/Roles?owner={owner}", Ct));
        Assert.Contains("Kabelo Molefe's role exploration", page, StringComparison.Ordinal);
        Assert.Contains("Naledi Dube", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Log a conversation", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Add a role", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Commit to arranging", page, StringComparison.Ordinal);
        Assert.Contains($"/Roles?owner={owner}", await mentor.GetStringAsync($"/Pairs/{world.Kabelo.Id}", Ct), StringComparison.Ordinal);
        Assert.Equal("Design (UX and UI)", (await mentor.GetFromJsonAsync<JsonElement>($"/api/v1/roles/map?owner={owner}", Ct)).GetProperty("topRole").GetString());
        Assert.Equal(1, (await mentor.GetFromJsonAsync<JsonElement>($"/api/v1/role-conversations?owner={owner}", Ct)).GetProperty("total").GetInt32());

        foreach (var other in new[] { world.OtherMentee, world.Coordinator })
        {
            var client = await other.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Roles?owner={owner}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/roles/map?owner={owner}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/role-conversations?owner={owner}", Ct)).StatusCode);
            Assert.DoesNotContain("Naledi", await client.GetStringAsync("/Roles", Ct), StringComparison.Ordinal);
        }
        Assert.DoesNotContain("/Roles?owner=", await (await world.Coordinator.SignInAsync()).GetStringAsync($"/Pairs/{world.Kabelo.Id}", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Anonymous().GetAsync($"/api/v1/roles/map?owner={owner}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/api/v1/role-conversations?owner={Guid.NewGuid()}", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_roles_list_takes_her_own_roles_refuses_empty_and_duplicate_names_and_hides_and_shows_roles()
    {
        var world = await WorldAsync();
        var kabelo = await world.Kabelo.Mentee.SignInAsync();
        var added = await ThriveApp.PostFormAsync(kabelo, "/Roles?handler=AddRole", new() { ["NewRole.Name"] = "Security engineer" }, "/Roles");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        foreach (var (name, message) in new[] { ("", "The role&#x27;s name is required"), ("  security   ENGINEER ", "is already on your list"), ("Product manager", "is already on your list") })
        {
            var r = await ThriveApp.PostFormAsync(kabelo, "/Roles?handler=AddRole", new() { ["NewRole.Name"] = name }, "/Roles");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Contains(message, await r.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        var problem = await kabelo.PostAsJsonAsync("/api/v1/roles", new { name = new string('r', 61) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        Assert.True((await problem.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("Name", out _));
        Assert.Equal(1, await App.WithDbAsync(db => db.ExplorationRoles.CountAsync(r => r.OwnerId == world.Kabelo.Mentee.Id)));

        // Hiding a built-in role and her own: off the map, still on the list as hidden; a conversation keeps its role on the map.
        await world.Given.RoleConversationAsync(world.Kabelo.Mentee, "Pieter", "QA and test engineering", fit: 2);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(kabelo, "/Roles?handler=Hide", new() { ["role"] = "Customer support", ["hidden"] = "true" }, "/Roles")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await kabelo.PutAsJsonAsync("/api/v1/roles/visibility", new { role = "security engineer", hidden = true }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await kabelo.PutAsJsonAsync("/api/v1/roles/visibility", new { role = "QA and test engineering", hidden = true }, Ct)).StatusCode);
        var map = await kabelo.GetFromJsonAsync<JsonElement>("/api/v1/roles/map", Ct);
        var onMap = map.GetProperty("map").EnumerateArray().Select(r => r.GetProperty("role").GetString()).ToList();
        Assert.DoesNotContain("Customer support", onMap);
        Assert.DoesNotContain("Security engineer", onMap);
        Assert.Equal("QA and test engineering", onMap[0]);
        Assert.False(map.GetProperty("map")[0].GetProperty("onList").GetBoolean());
        Assert.Equal(3, map.GetProperty("roles").EnumerateArray().Count(r => r.GetProperty("hidden").GetBoolean()));
        var again = await ThriveApp.PostFormAsync(kabelo, "/Roles?handler=AddRole", new() { ["NewRole.Name"] = "Security engineer" }, "/Roles");
        Assert.Contains("hidden: show it again", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await kabelo.PutAsJsonAsync("/api/v1/roles/visibility", new { role = "Customer support", hidden = false }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await kabelo.PutAsJsonAsync("/api/v1/roles/visibility", new { role = "Security engineer", hidden = false }, Ct)).StatusCode);
        var shown = (await kabelo.GetFromJsonAsync<JsonElement>("/api/v1/roles/map", Ct)).GetProperty("map").EnumerateArray().Select(r => r.GetProperty("role").GetString()).ToList();
        Assert.Contains("Customer support", shown);
        Assert.Contains("Security engineer", shown);
        Assert.Equal(HttpStatusCode.BadRequest, (await kabelo.PutAsJsonAsync("/api/v1/roles/visibility", new { role = "Astronaut", hidden = true }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.Coordinator.SignInAsync()).PostAsJsonAsync("/api/v1/roles", new { name = "Coordinator's role" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Her_own_questions_join_the_bank_and_a_removed_one_stays_in_the_conversations_that_asked_it()
    {
        var world = await WorldAsync();
        var kabelo = await world.Kabelo.Mentee.SignInAsync();
        var added = await ThriveApp.PostFormAsync(kabelo, "/Roles?handler=AddQuestion", new() { ["NewQuestion.Group"] = "Skills", ["NewQuestion.Text"] = "Which course helped you most?" }, "/Roles");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var empty = await ThriveApp.PostFormAsync(kabelo, "/Roles?handler=AddQuestion", new() { ["NewQuestion.Group"] = "Skills", ["NewQuestion.Text"] = " " }, "/Roles");
        Assert.Contains("The question is required", await empty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var tooLong = await kabelo.PostAsJsonAsync("/api/v1/role-questions", new { group = "Skills", text = new string('q', 100_000) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var question = await App.WithDbAsync(db => db.RoleQuestions.Where(q => q.OwnerId == world.Kabelo.Mentee.Id).Select(q => q.Id).SingleAsync());
        var bank = (await kabelo.GetFromJsonAsync<JsonElement>("/api/v1/roles/map", Ct)).GetProperty("questions").EnumerateArray().ToList();
        Assert.Contains(bank, q => q.GetProperty("key").GetString() == $"o:{question}" && q.GetProperty("own").GetBoolean() && q.GetProperty("group").GetString() == "Skills");

        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(kabelo, "/Roles?handler=Log", Form(questions: [$"o:{question}"]), "/Roles")).StatusCode);
        foreach (var other in new[] { world.Kabelo.Mentor, world.OtherMentee, world.Coordinator })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await other.SignInAsync()).DeleteAsync($"/api/v1/role-questions/{question}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(kabelo, $"/Roles?handler=DeleteQuestion&questionId={question}", [], "/Roles")).StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.RoleQuestions.CountAsync(q => q.OwnerId == world.Kabelo.Mentee.Id)));
        var list = await kabelo.GetFromJsonAsync<JsonElement>("/api/v1/role-conversations", Ct);
        Assert.Equal("Which course helped you most?", list.GetProperty("conversations")[0].GetProperty("questions")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await kabelo.DeleteAsync($"/api/v1/role-questions/{question}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_goal_follows_the_number_of_conversations_without_typing_and_moves_with_each_change()
    {
        var world = await WorldAsync();
        var mentee = world.Kabelo.Mentee;
        await world.Given.RoleConversationAsync(mentee, "Lerato", daysAgo: 10);
        await world.Given.RoleConversationAsync(mentee, "Sam", "Developer relations", daysAgo: 3);
        var goal = await world.Given.GoalAsync(mentee, "Meet five people in other roles", measure: new GoalMeasure("People met", 0, 5, "people"));
        var kabelo = await mentee.SignInAsync();
        var follow = await ThriveApp.PostFormAsync(kabelo, "/Roles?handler=Follow", new() { ["Follow.GoalId"] = goal.Id.ToString() }, "/Roles");
        Assert.Equal(HttpStatusCode.Redirect, follow.StatusCode);
        Assert.Equal([1m, 2m], await MeasureOfAsync(goal.Id));
        Assert.Equal(goal.Id, (await kabelo.GetFromJsonAsync<JsonElement>("/api/v1/roles/map", Ct)).GetProperty("goalId").GetGuid());
        var goalPage = WebUtility.HtmlDecode(await kabelo.GetStringAsync($"/Goals/{goal.Id}", Ct));
        Assert.Contains("This measure follows the role conversations logged", goalPage, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Measure", goalPage, StringComparison.Ordinal); // no form to type a value that would be overwritten

        // Logging, editing the day and deleting move the measure; nothing is typed on the goal.
        var created = await kabelo.PostAsJsonAsync("/api/v1/role-conversations", Body(person: "Naledi", role: "Design (UX and UI)"), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal([1m, 2m, 3m], await MeasureOfAsync(goal.Id));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await kabelo.PutAsJsonAsync($"/api/v1/role-conversations/{id}", Body(person: "Naledi", heldOn: Today.AddDays(-3)), Ct)).StatusCode);
        Assert.Equal([1m, 3m], await MeasureOfAsync(goal.Id));
        Assert.Equal(HttpStatusCode.NoContent, (await kabelo.DeleteAsync($"/api/v1/role-conversations/{id}", Ct)).StatusCode);
        Assert.Equal([1m, 2m], await MeasureOfAsync(goal.Id));

        // Typing a value on the goal is refused; so is a commitment that would measure it too.
        var typed = await kabelo.PostAsJsonAsync($"/api/v1/goals/{goal.Id}/measures", new { date = Today, value = 9 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, typed.StatusCode);
        Assert.Equal("fed_by_conversations", (await typed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        var feeding = await kabelo.PostAsJsonAsync("/api/v1/commitments", new { form = "ImplementationIntention", behaviour = "meet someone", time = "Friday", location = "the office", times = 1, period = "Week", kind = "YesNo", goalId = goal.Id, feed = "CountCheckIns" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, feeding.StatusCode);

        // Another goal takes the count over; the first keeps none of the count's values. None stops it.
        var other = await world.Given.GoalAsync(mentee, "Explore roles", measure: new GoalMeasure("Conversations", 2, 12));
        Assert.Equal(HttpStatusCode.NoContent, (await kabelo.PutAsJsonAsync("/api/v1/roles/goal", new { goalId = other.Id }, Ct)).StatusCode);
        Assert.Empty(await MeasureOfAsync(goal.Id));
        Assert.Equal([3m, 4m], await MeasureOfAsync(other.Id));
        Assert.Equal(HttpStatusCode.NoContent, (await kabelo.PutAsJsonAsync("/api/v1/roles/goal", new { goalId = (Guid?)null }, Ct)).StatusCode);
        Assert.Empty(await MeasureOfAsync(other.Id));
    }

    [Fact]
    public async Task Only_her_own_goal_with_a_measure_that_no_commitment_measures_can_follow_the_count()
    {
        var world = await WorldAsync();
        var mentee = world.Kabelo.Mentee;
        var kabelo = await mentee.SignInAsync();
        var unmeasured = await world.Given.GoalAsync(mentee, "Understand other roles");
        var theirs = await world.Given.GoalAsync(world.OtherMentee, "Their goal", measure: new GoalMeasure("People met", 0, 5));
        var fed = await world.Given.GoalAsync(mentee, "Coffee chats", measure: new GoalMeasure("Chats", 0, 8));
        await world.Given.CommitmentAsync(mentee, new CommitmentDetails(CommitmentForm.ImplementationIntention, "have a coffee chat", "Friday", "the office", null, 1,
            HabitPeriod.Week, CommitmentKind.YesNo, GoalId: fed.Id, Feed: GoalFeed.CountCheckIns));
        foreach (var goal in new[] { unmeasured.Id, theirs.Id, fed.Id, Guid.NewGuid() })
        {
            var r = await kabelo.PutAsJsonAsync("/api/v1/roles/goal", new { goalId = goal }, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.True((await r.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("GoalId", out _));
        }
        Assert.Equal(0, await App.WithDbAsync(db => db.RoleExplorations.CountAsync(x => x.OwnerId == mentee.Id)));
        var page = await ThriveApp.PostFormAsync(kabelo, "/Roles?handler=Follow", new() { ["Follow.GoalId"] = theirs.Id.ToString() }, "/Roles");
        Assert.Contains("Choose one of your own goals", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_weekly_commitment_to_arrange_the_next_conversation_is_made_once_from_the_tool()
    {
        var world = await WorldAsync();
        var kabelo = await world.Kabelo.Mentee.SignInAsync();
        Assert.Contains("Commit to arranging one a week", await kabelo.GetStringAsync("/Roles", Ct), StringComparison.Ordinal);
        var made = await ThriveApp.PostFormAsync(kabelo, "/Roles?handler=Commit", [], "/Roles");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var c = await App.WithDbAsync(db => db.Commitments.AsNoTracking().SingleAsync(x => x.OwnerId == world.Kabelo.Mentee.Id));
        Assert.Equal((HabitPeriod.Week, 1, "arrange a conversation with someone in another role"), (c.Period, c.Times, c.Behaviour));
        var html = WebUtility.HtmlDecode(await kabelo.GetStringAsync("/Roles", Ct));
        Assert.Contains($"/Commitments/{c.Id}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Commit to arranging one a week", html, StringComparison.Ordinal);
        var again = await kabelo.PostAsync("/api/v1/roles/commitment", null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("already_committed", (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(1, await App.WithDbAsync(db => db.Commitments.CountAsync(x => x.OwnerId == world.Kabelo.Mentee.Id)));
    }

    [Fact]
    public async Task The_home_page_asks_to_arrange_the_next_conversation_after_two_quiet_weeks()
    {
        var world = await WorldAsync();
        await world.Given.RoleConversationAsync(world.Kabelo.Mentee, "Lerato", daysAgo: 2);
        var kabelo = await world.Kabelo.Mentee.SignInAsync();
        Assert.DoesNotContain("Arrange the next one", WebUtility.HtmlDecode(await kabelo.GetStringAsync("/", Ct)), StringComparison.Ordinal);
        App.Clock.Advance(TimeSpan.FromDays(13));
        var home = WebUtility.HtmlDecode(await kabelo.GetStringAsync("/", Ct));
        Assert.Contains("No conversation with someone in another role for 2 weeks. Arrange the next one", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/Roles\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agenda_shows_the_latest_takeaways_and_the_top_role_and_the_journey_what_it_added_up_to_in_two_queries()
    {
        var world = await WorldAsync();
        var mentee = world.Kabelo.Mentee;
        await world.Given.RoleConversationAsync(mentee, "Pieter", "QA and test engineering", fit: 2, daysAgo: 20);
        await world.Given.RoleConversationAsync(mentee, "Sam", "Developer relations", fit: 5, daysAgo: 15, liked: "Code, writing and people", disliked: "Evening events");
        var programme = await App.WithDbAsync(db => db.RoleConversations.Where(c => c.OwnerId == mentee.Id).Select(c => c.ProgrammeId).FirstAsync());
        using var scope = App.Services.CreateScope();
        var tool = scope.ServiceProvider.GetServices<Thrive.Web.Features.Common.IStoryTool>().OfType<Thrive.Web.Features.Roles.RolesTool>().Single();
        App.Sql.Reset();
        var items = await tool.ItemsAsync(new(mentee.Id, programme, world.Kabelo.Mentor.Id, Today), Thrive.Web.Features.Common.ToolItemPlace.Agenda, Ct);
        Assert.Equal(2, App.Sql.Count);
        var agenda = items.Where(i => i.Places.HasFlag(Thrive.Web.Features.Common.ToolItemPlace.Agenda)).Select(i => i.Text).ToList();
        Assert.Contains(agenda, t => t.StartsWith("Latest conversation: Sam (Developer relations)", StringComparison.Ordinal) && t.Contains("liked: Code, writing and people; disliked: Evening events; could see myself doing it: 5 of 5", StringComparison.Ordinal));
        Assert.Contains("Rising to the top: Developer relations, 5 of 5 over 1 conversation.", agenda);
        Assert.Contains(agenda, t => t.StartsWith("No conversation with someone in another role for 2 weeks", StringComparison.Ordinal));
        Assert.All(items, i => Assert.Equal($"/Roles?owner={mentee.Id}", i.Link));
        var journey = Assert.Single(items, i => i.Places.HasFlag(Thrive.Web.Features.Common.ToolItemPlace.Journey));
        Assert.Equal("2 conversations held across 2 roles; the role that fits best so far: Developer relations (5 of 5).", journey.Text);
    }

    [Fact]
    public async Task The_log_is_paged_newest_first_and_filters_by_role()
    {
        var world = await WorldAsync();
        for (var i = 0; i < 27; i++)
            await world.Given.RoleConversationAsync(world.Kabelo.Mentee, $"Person {i}", i % 3 == 0 ? "Developer relations" : "Product manager", daysAgo: i);
        var kabelo = await world.Kabelo.Mentee.SignInAsync();
        var first = await kabelo.GetFromJsonAsync<JsonElement>("/api/v1/role-conversations", Ct);
        Assert.Equal(27, first.GetProperty("total").GetInt32());
        Assert.Equal(25, first.GetProperty("conversations").GetArrayLength());
        Assert.Equal("Person 0", first.GetProperty("conversations")[0].GetProperty("personName").GetString());
        var second = await kabelo.GetFromJsonAsync<JsonElement>("/api/v1/role-conversations?page=2", Ct);
        Assert.Equal(["Person 25", "Person 26"], second.GetProperty("conversations").EnumerateArray().Select(p => p.GetProperty("personName").GetString()));
        var devrel = await kabelo.GetFromJsonAsync<JsonElement>("/api/v1/role-conversations?role=developer%20RELATIONS", Ct);
        Assert.Equal(9, devrel.GetProperty("total").GetInt32());
        var page = await kabelo.GetStringAsync("/Roles?role=Developer%20relations", Ct);
        Assert.Contains(">Person 3<", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Person 1<", page, StringComparison.Ordinal);
        Assert.Contains("Person 26", await kabelo.GetStringAsync("/Roles?page=2", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await kabelo.GetAsync("/api/v1/role-conversations?role=nul%00byte", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await kabelo.GetAsync($"/api/v1/role-conversations?role={new string('r', 61)}", Ct)).StatusCode);
        Assert.Contains("Choose a role by its name", await kabelo.GetStringAsync("/Roles?role=nul%00byte", Ct), StringComparison.Ordinal);
    }
}
