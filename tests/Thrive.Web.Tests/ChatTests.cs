using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Common;
using Thrive.Domain.Reminders;
using Thrive.Persistence;
using Thrive.Domain.Webhooks;
using Thrive.Web.Features.Chat;
using Thrive.Web.Features.Groups;
using Thrive.Web.Features.Pairs;
using Thrive.Web.Features.Reminders;
using Thrive.Web.Features.Webhooks;
using Thrive.Web.Infrastructure;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// Slack and Microsoft Teams against a real local receiver (<see cref="WebhookReceiver"/>'s unsigned chat paths, on a
/// loopback port, so this app allows private networks; the refusals run on a second app that does not). Reminder and
/// chat passes run at instants the test chooses; every payload is checked for its tool's shape and for private text.
/// </summary>
public sealed class ChatTests : WebTest
{
    private static readonly Dictionary<string, string> Allowing = new()
    {
        ["Thrive:Webhooks:AllowPrivateNetworks"] = "true",
        ["Thrive:Webhooks:TimeoutSeconds"] = "2",
    };

    private static readonly string[] PrivateText = ["AGENDA-CHECKIN-c4t9", "SHARED-NOTES-c4t9", "PRIVATE-NOTE-c4t9", "WELLBEING-NOTE-c4t9"];

    private static readonly string[] SlackBlockTypes = ["section", "context", "header", "divider", "actions"];

    protected override IReadOnlyDictionary<string, string>? Settings => Allowing;

    private Given G => Given.In(App);

    private async Task<ChatPass.Outcome> ChatPassAsync(DateTimeOffset now, ThriveApp? app = null)
    {
        using var scope = (app ?? App).Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ChatPass>().RunAsync(now, Ct);
    }

    private async Task<WebhookPassResult> WebhookPassAsync(DateTimeOffset now, ThriveApp? app = null)
    {
        using var scope = (app ?? App).Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WebhookPass>().RunAsync(now, Ct);
    }

    private async Task<T> AsAsync<THandler, T>(GivenPerson who, Func<THandler, Actor, Task<T>> act) where THandler : notnull
    {
        using var scope = App.Services.CreateScope();
        return await act(scope.ServiceProvider.GetRequiredService<THandler>(), new Actor(who.Id, false));
    }

    private async Task<ReminderPassResult> ReminderPassAsync(DateTimeOffset now, ThriveApp? app = null)
    {
        using var scope = (app ?? App).Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderPass>().RunAsync(now, Ct);
    }

    private async Task<Result<Guid>> ConnectAsync(GivenPerson who, Guid? programmeId, ConnectChat.Request r)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ConnectChat.Handler>().HandleAsync(new Actor(who.Id, false), programmeId, r, Ct);
    }

    private DateTimeOffset NextAt(DayOfWeek? day, int hour)
    {
        var d = G.Now.UtcDateTime.Date.AddDays(1);
        while (day is { } w && d.DayOfWeek != w) d = d.AddDays(1);
        return new DateTimeOffset(d.AddHours(hour), TimeSpan.Zero);
    }

    private static void AssertSlack(string body)
    {
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("text").GetString()), "a text fallback");
        var blocks = root.GetProperty("blocks");
        Assert.True(blocks.GetArrayLength() >= 1);
        foreach (var b in blocks.EnumerateArray())
        {
            var type = b.GetProperty("type").GetString();
            Assert.Contains(type, SlackBlockTypes);
            if (type == "section") Assert.Equal("mrkdwn", b.GetProperty("text").GetProperty("type").GetString());
            if (type == "context") Assert.All(b.GetProperty("elements").EnumerateArray(), e => Assert.Equal("mrkdwn", e.GetProperty("type").GetString()));
            if (type == "section") Assert.InRange(b.GetProperty("text").GetProperty("text").GetString()!.Length, 1, 3000);
        }
    }

    private static JsonElement AssertTeams(string body)
    {
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement.Clone();
        Assert.Equal("message", root.GetProperty("type").GetString());
        var attachment = root.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.4", card.GetProperty("version").GetString());
        Assert.True(card.GetProperty("body").GetArrayLength() >= 1);
        Assert.All(card.GetProperty("body").EnumerateArray(), e => Assert.Equal("TextBlock", e.GetProperty("type").GetString()));
        return card;
    }

    private async Task AssertNoPrivateTextAsync(WebhookReceiver receiver)
    {
        var payloads = receiver.All.Select(r => r.Body).ToList();
        payloads.AddRange(await App.WithDbAsync(db => db.ChatMessages.AsNoTracking().Select(m => m.Payload).ToListAsync()));
        var leaks = payloads.SelectMany(p => PrivateText.Where(t => p.Contains(t, StringComparison.OrdinalIgnoreCase)).Select(t => $"{t} in {p}")).ToList();
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }

    private async Task WritePrivateTextAsync(GivenPair pair)
    {
        await G.SessionAsync(pair, G.Now.AddDays(-2), then: s =>
        {
            s.SaveAgenda(PrivateText[0], "", "", "", "", share: true, G.Now.AddDays(-3));
        });
        await G.WellbeingCheckInAsync(pair.Mentee, note: PrivateText[3]);
    }

    [Fact]
    public async Task A_person_connects_slack_on_the_page_gets_a_test_message_and_a_session_reminder_in_blocks_instead_of_mail()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var pair = await G.PairAsync(await G.ProgrammeAsync());
        await WritePrivateTextAsync(pair);
        var url = receiver.ChatUrl("slack-mentor");
        var client = await pair.Mentor.SignInAsync();
        var saved = await ThriveApp.PostFormAsync(client, "/Account/Chat", new()
        {
            ["Input.Tool"] = "Slack", ["Input.Url"] = url, ["Input.Kinds"] = nameof(ReminderKind.SessionTomorrow), ["Input.InsteadOfMail"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var c = await App.WithDbAsync(db => db.ChatConnections.AsNoTracking().SingleAsync());
        Assert.DoesNotContain("/chat/", c.ProtectedUrl, StringComparison.Ordinal);
        Assert.Equal(receiver.BaseAddress.Host, c.Host);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/Account/Chat", Ct));
        Assert.DoesNotContain(url, page, StringComparison.Ordinal);
        Assert.Contains("Connected to Slack", page, StringComparison.Ordinal);
        var audit = await App.WithDbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.Action == AuditActions.ChatConnected).SingleAsync());
        Assert.DoesNotContain("/chat/", audit.Detail + audit.SubjectName, StringComparison.Ordinal);

        // The test message queued on connect, then one by hand.
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(client, "/Account/Chat?handler=Test", new(), "/Account/Chat")).StatusCode);
        var first = await ChatPassAsync(G.Now);
        Assert.Equal((2, 2), (first.Claimed, first.Delivered));
        Assert.All(receiver.All, r => AssertSlack(r.Body));

        // A session tomorrow: the mentor hears in Slack only; the mentee (no chat) by mail.
        var morning = NextAt(null, 9);
        await G.SessionAsync(pair, morning.AddDays(1).AddHours(3));
        await ReminderPassAsync(morning);
        await ChatPassAsync(morning);
        var reminder = receiver.All.Last();
        AssertSlack(reminder.Body);
        Assert.Contains("Your mentoring session is tomorrow", reminder.Body, StringComparison.Ordinal);
        Assert.Contains(pair.Mentee.Name, reminder.Body, StringComparison.Ordinal);
        Assert.Contains("/Sessions/", reminder.Body, StringComparison.Ordinal);
        var mails = await App.WithDbAsync(db => db.SentMail.AsNoTracking().Where(m => m.Subject == "Your mentoring session is tomorrow").Select(m => m.To).ToListAsync());
        Assert.Equal([pair.Mentee.Email], mails);
        page = WebUtility.HtmlDecode(await client.GetStringAsync("/Account/Chat", Ct));
        Assert.Contains("Delivered", page, StringComparison.Ordinal);
        await AssertNoPrivateTextAsync(receiver);

        // Disconnected: its log goes with it.
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(client, "/Account/Chat?handler=Disconnect", new(), "/Account/Chat")).StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.ChatConnections.CountAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.ChatMessages.CountAsync()));
    }

    [Fact]
    public async Task The_monday_digest_goes_to_teams_as_an_adaptive_card_as_well_as_by_mail()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var pair = await G.PairAsync(await G.ProgrammeAsync());
        await WritePrivateTextAsync(pair);
        Assert.True((await ConnectAsync(pair.Mentee, null, new() { Tool = ChatTool.Teams, Url = receiver.ChatUrl("teams"), Kinds = [ReminderKind.WeeklyDigest] })).Succeeded);
        var monday = NextAt(DayOfWeek.Monday, 9);
        await ReminderPassAsync(monday);
        await ChatPassAsync(monday);
        var cards = receiver.All.Select(r => AssertTeams(r.Body)).ToList();
        Assert.Equal(2, cards.Count); // the test message and the digest
        var digest = cards.Single(c => c.GetProperty("body")[0].GetProperty("text").GetString() == "Your week ahead in Thrive");
        Assert.Equal("Action.OpenUrl", digest.GetProperty("actions")[0].GetProperty("type").GetString());
        Assert.StartsWith("http://", digest.GetProperty("actions")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains(await App.WithDbAsync(db => db.SentMail.AsNoTracking().Where(m => m.To == pair.Mentee.Email).Select(m => m.Subject).ToListAsync()),
            s => s == "Your week ahead in Thrive");
        await AssertNoPrivateTextAsync(receiver);
    }

    [Fact]
    public async Task Programme_news_reaches_the_coordinators_channel_once_across_two_instances_with_counts_and_group_names_only()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var programme = await G.ProgrammeAsync();
        var pair = await G.PairAsync(programme);
        await WritePrivateTextAsync(pair);
        await G.GroupAsync(programme, pair.Mentor, [pair.Mentee], name: "Clean Code circle");
        Assert.True((await ConnectAsync(programme.Coordinator, programme.Id, new() { Tool = ChatTool.Slack, Url = receiver.ChatUrl("programme") })).Succeeded);
        await using var second = new ThriveApp(App.Database, settings: Allowing);
        _ = second.Server;
        var monday = NextAt(DayOfWeek.Monday, 9);
        foreach (var now in new[] { monday, monday.AddMinutes(1), monday.AddHours(5) })
            await Task.WhenAll(Task.Run(() => ChatPassAsync(now, App), Ct), Task.Run(() => ChatPassAsync(now, second), Ct));
        var arrived = receiver.All.ToList();
        Assert.Equal(2, arrived.Count); // the test message and one news post
        Assert.All(arrived, r => AssertSlack(r.Body));
        var news = arrived.Single(r => r.Body.Contains("the week in Thrive", StringComparison.Ordinal)).Body;
        Assert.Contains("Pairs at risk: ", news, StringComparison.Ordinal);
        Assert.Contains("Clean Code circle", news, StringComparison.Ordinal);
        Assert.Contains("Applications waiting: 0", news, StringComparison.Ordinal);
        Assert.DoesNotContain(pair.Mentee.Name, news, StringComparison.Ordinal);
        Assert.Equal(2, await App.WithDbAsync(db => db.ChatMessages.CountAsync(m => m.Status == ChatMessageStatus.Delivered && m.Attempts == 1)));
        await AssertNoPrivateTextAsync(receiver);

        // Only the programme's coordinators see its channel page.
        Assert.Equal(HttpStatusCode.OK, (await (await programme.Coordinator.SignInAsync()).GetAsync($"/Programmes/{programme.Id}/Chat", Ct)).StatusCode);
        var mentor = await pair.Mentor.SignInAsync();
        Assert.NotEqual(HttpStatusCode.OK, (await mentor.GetAsync($"/Programmes/{programme.Id}/Chat", Ct)).StatusCode);
        Assert.DoesNotContain("Connected to", await mentor.GetStringAsync("/Account/Chat", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_urls_are_refused_beside_the_field_and_a_failing_or_redirecting_channel_shows_in_the_log()
    {
        var pair = await G.PairAsync(await G.ProgrammeAsync());
        await using var strict = new ThriveApp(App.Database);
        _ = strict.Server;
        var client = await strict.SignedInAsync(pair.Mentee.Email);
        foreach (var (url, message) in new[]
        {
            ("http://10.0.0.7/hook", "private network"),
            ("http://203.0.113.9/hook", "Use the https address"),
            ("ftp://203.0.113.9/hook", ""),
            ("not a url", ""),
        })
        {
            var answer = await ThriveApp.PostFormAsync(client, "/Account/Chat", new() { ["Input.Tool"] = "Slack", ["Input.Url"] = url });
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var html = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync(Ct));
            Assert.Contains("field-validation-error", html, StringComparison.Ordinal);
            Assert.Contains(message, html, StringComparison.Ordinal);
        }
        Assert.Equal(0, await App.WithDbAsync(db => db.ChatConnections.CountAsync()));

        // A channel that answers 500, then one that redirects: each try is in the log, nothing blocks, retries follow.
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.StatusFor = n => n == 1 ? 500 : 302;
        Assert.True((await ConnectAsync(pair.Mentee, null, new() { Tool = ChatTool.Slack, Url = receiver.ChatUrl("down") })).Succeeded);
        var now = G.Now;
        await ChatPassAsync(now);
        var m = await App.WithDbAsync(db => db.ChatMessages.AsNoTracking().SingleAsync());
        Assert.Equal((ChatMessageStatus.Pending, 1, 500), (m.Status, m.Attempts, m.LastStatusCode));
        Assert.True(m.NextAttemptAt > now);
        await ChatPassAsync(m.NextAttemptAt);
        m = await App.WithDbAsync(db => db.ChatMessages.AsNoTracking().SingleAsync());
        Assert.Equal((2, 302), (m.Attempts, m.LastStatusCode));
        Assert.Contains("not followed", m.LastAnswer, StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await (await pair.Mentee.SignInAsync()).GetStringAsync("/Account/Chat", Ct));
        Assert.Contains("Retrying (2 tries so far)", page, StringComparison.Ordinal);

        // A slow channel: the pass gives up at the time-out and says so.
        receiver.StatusFor = _ => 200;
        receiver.Delay = TimeSpan.FromSeconds(10);
        await ChatPassAsync(m.NextAttemptAt);
        m = await App.WithDbAsync(db => db.ChatMessages.AsNoTracking().SingleAsync());
        Assert.Contains("No answer within 2 seconds", m.LastAnswer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_puts_gets_and_deletes_ones_own_connection_with_problem_details_for_a_bad_url()
    {
        var pair = await G.PairAsync(await G.ProgrammeAsync());
        var client = await pair.Mentee.SignInAsync();
        await ThriveApp.SendAntiforgeryHeaderAsync(client);
        Assert.False((await client.GetFromJsonAsync<JsonElement>("/api/v1/me/chat", Ct)).GetProperty("connected").GetBoolean());
        var bad = await client.PutAsJsonAsync("/api/v1/me/chat", new { tool = "Slack", url = "file:///etc/passwd" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using (var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync(Ct)))
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("Url", out _), problem.RootElement.ToString());
        await using var receiver = await WebhookReceiver.StartAsync();
        var put = await client.PutAsJsonAsync("/api/v1/me/chat", new { tool = "Teams", url = receiver.ChatUrl("api"), kinds = new[] { "WeeklyDigest" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var shown = await put.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("/chat/api", shown, StringComparison.Ordinal);
        Assert.Contains("WeeklyDigest", shown, StringComparison.Ordinal);
        Assert.True((await client.GetFromJsonAsync<JsonElement>("/api/v1/me/chat", Ct)).GetProperty("connected").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/v1/me/chat", Ct)).StatusCode);
        Assert.False((await client.GetFromJsonAsync<JsonElement>("/api/v1/me/chat", Ct)).GetProperty("connected").GetBoolean());
    }

    [Fact]
    public async Task A_programme_channel_hears_of_a_confirmed_pair_a_new_group_and_a_pair_at_risk_as_they_happen_once_across_two_instances()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var programme = await G.ProgrammeAsync();
        // Started five weeks ago and never met: at risk on cohort health. It is counted, never named.
        var quiet = await G.PairAsync(programme, await G.MentorAsync(programme, "Quentin Quiet"), await G.MenteeAsync(programme, "Rosa Risk"));
        await WritePrivateTextAsync(quiet);
        var other = await G.ProgrammeAsync();
        Assert.True((await ConnectAsync(programme.Coordinator, programme.Id, new() { Tool = ChatTool.Slack, Url = receiver.ChatUrl("slack") })).Succeeded);
        Assert.True((await ConnectAsync(other.Coordinator, other.Id, new() { Tool = ChatTool.Teams, Url = receiver.ChatUrl("teams") })).Succeeded);

        var (mentor, mentee) = (await G.MentorAsync(programme, "Ada Lovelace"), await G.MenteeAsync(programme, "Grace Hopper"));
        var proposed = await AsAsync<ProposePair.Handler, Result<Guid>>(programme.Coordinator, (h, a) => h.HandleAsync(a, programme.Id, new() { MentorId = mentor.Id, MenteeId = mentee.Id }, Ct));
        Assert.True((await AsAsync<ActivatePair.Handler, Result<Unit>>(programme.Coordinator, (h, a) => h.HandleAsync(a, proposed.Value, Ct))).Succeeded);
        var host = await G.MentorAsync(other, "Helen Host");
        var group = await AsAsync<CreateGroup.Handler, Result<Guid>>(other.Coordinator, (h, a) => h.HandleAsync(a, new()
        {
            ProgrammeId = other.Id, Kind = Thrive.Domain.Groups.GroupKind.PeerGroup, Name = "Staff engineers circle", Purpose = "Talk about staff work.", Capacity = 6,
            Facilitators = [host.Id],
        }, Ct));
        Assert.True(group.Succeeded, string.Join("; ", group.Errors.Select(e => e.Message)));

        await using var second = new ThriveApp(App.Database, settings: Allowing);
        _ = second.Server;
        foreach (var now in new[] { G.Now, G.Now, G.Now.AddMinutes(1) })
        {
            await Task.WhenAll(Task.Run(() => WebhookPassAsync(now, App), Ct), Task.Run(() => WebhookPassAsync(now, second), Ct));
            await Task.WhenAll(Task.Run(() => ChatPassAsync(now, App), Ct), Task.Run(() => ChatPassAsync(now, second), Ct));
        }

        var arrived = receiver.All.ToList();
        var events = await App.WithDbAsync(db => db.ChatMessages.AsNoTracking().Where(m => m.Key.StartsWith("event:")).ToListAsync());
        Assert.Equal(3, events.Count); // the pair, the group, the pair at risk: one message each
        Assert.Equal(arrived.Count, arrived.Select(r => r.Body).Distinct().Count()); // nothing posted twice
        Assert.Equal(arrived.Count, await App.WithDbAsync(db => db.ChatMessages.CountAsync(m => m.Status == ChatMessageStatus.Delivered && m.Attempts == 1)));
        var slack = arrived.Where(r => r.Path == "slack").Select(r => r.Body).ToList();
        Assert.All(slack, AssertSlack);
        var pairNews = Assert.Single(slack, b => b.Contains(": a new pair", StringComparison.Ordinal));
        Assert.Contains("Ada (mentor) and Grace (mentee) are now a confirmed pair.", pairNews, StringComparison.Ordinal);
        Assert.DoesNotContain("Lovelace", pairNews, StringComparison.Ordinal);
        var riskNews = Assert.Single(slack, b => b.Contains(": a pair is at risk", StringComparison.Ordinal));
        Assert.Contains("Pairs at risk now: 1", riskNews, StringComparison.Ordinal);
        Assert.Contains($"/Programmes/{programme.Id}/Health", riskNews, StringComparison.Ordinal);
        Assert.DoesNotContain(slack, b => b.Contains("Quentin", StringComparison.Ordinal) || b.Contains("Rosa", StringComparison.Ordinal));
        var teams = arrived.Where(r => r.Path == "teams").Select(r => AssertTeams(r.Body)).ToList();
        var groupCard = Assert.Single(teams, c => c.GetProperty("body")[0].GetProperty("text").GetString()!.EndsWith(": a new group", StringComparison.Ordinal));
        Assert.Equal("Staff engineers circle was created.", groupCard.GetProperty("body")[1].GetProperty("text").GetString());
        Assert.EndsWith($"/Groups/{group.Value}", groupCard.GetProperty("actions")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(teams, c => c.ToString().Contains("a new pair", StringComparison.Ordinal)); // the other programme's news stays in its channel
        await AssertNoPrivateTextAsync(receiver);
    }

    [Fact]
    public async Task After_five_messages_fail_every_try_the_connection_is_turned_off_its_owner_mailed_and_the_page_turns_it_on_again()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.StatusFor = _ => 500;
        var pair = await G.PairAsync(await G.ProgrammeAsync());
        Assert.True((await ConnectAsync(pair.Mentee, null, new() { Tool = ChatTool.Slack, Url = receiver.ChatUrl("down") })).Succeeded);
        for (var i = 1; i < ChatConnection.FailedMessagesMax; i++)
            Assert.True((await AsAsync<SendChatTest.Handler, Result<Unit>>(pair.Mentee, (h, a) => h.HandleAsync(a, null, Ct))).Succeeded);
        var at = G.Now;
        await ChatPassAsync(at);
        foreach (var delay in WebhookRetries.Delays)
        {
            Assert.True(await App.WithDbAsync(db => db.ChatConnections.Select(c => c.Enabled).SingleAsync()));
            at += delay + TimeSpan.FromSeconds(1);
            await ChatPassAsync(at);
        }
        Assert.Equal(ChatConnection.FailedMessagesMax * WebhookRetries.MaxAttempts, receiver.All.Count);
        Assert.All(await App.WithDbAsync(db => db.ChatMessages.AsNoTracking().ToListAsync()), m => Assert.Equal((ChatMessageStatus.Failed, 500), (m.Status, m.LastStatusCode)));
        var off = await App.WithDbAsync(db => db.ChatConnections.AsNoTracking().SingleAsync());
        Assert.False(off.Enabled);
        Assert.Equal(ChatConnection.FailedMessagesMax, off.FailedMessages);
        var mail = Assert.Single(await App.WithDbAsync(db => db.SentMail.AsNoTracking().Where(m => m.To == pair.Mentee.Email).ToListAsync()));
        Assert.Equal("Your Thrive chat connection was turned off", mail.Subject);
        Assert.Contains("/Account/Chat", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Your reminders go by mail meanwhile", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/chat/down", mail.TextBody, StringComparison.Ordinal);

        // Nothing more is sent while it is off; the page says so and turns it on again, the count starting over.
        Assert.False((await AsAsync<SendChatTest.Handler, Result<Unit>>(pair.Mentee, (h, a) => h.HandleAsync(a, null, Ct))).Succeeded);
        await ChatPassAsync(at.AddMinutes(1));
        Assert.Equal(ChatConnection.FailedMessagesMax * WebhookRetries.MaxAttempts, receiver.All.Count);
        var client = await pair.Mentee.SignInAsync();
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/Account/Chat", Ct));
        Assert.Contains("failed every try", page, StringComparison.Ordinal);
        Assert.Contains("Turn on again", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(client, "/Account/Chat?handler=Enable", new(), "/Account/Chat")).StatusCode);
        var on = await App.WithDbAsync(db => db.ChatConnections.AsNoTracking().SingleAsync());
        Assert.True(on.Enabled);
        Assert.Equal(0, on.FailedMessages);
        Assert.Null(on.DisabledReason);
        receiver.StatusFor = _ => 200;
        Assert.Equal((1, 1), await ChatPassAsync(at.AddMinutes(2)) is var o ? (o.Claimed, o.Delivered) : default);
        Assert.Contains("Thrive is posting here again", receiver.All.Last().Body, StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == AuditActions.ChatEnabled)));
    }

    [Fact]
    public async Task Two_instances_running_the_reminder_pass_at_once_post_one_chat_message_per_reminder()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var programme = await G.ProgrammeAsync();
        var morning = NextAt(null, 9);
        var pairs = new List<GivenPair>();
        for (var i = 0; i < 3; i++)
        {
            var pair = await G.PairAsync(programme);
            pairs.Add(pair);
            await G.SessionAsync(pair, morning.AddDays(1).AddHours(3 + i));
            foreach (var who in new[] { pair.Mentor, pair.Mentee })
                Assert.True((await ConnectAsync(who, null, new()
                {
                    Tool = i % 2 == 0 ? ChatTool.Slack : ChatTool.Teams, Url = receiver.ChatUrl(who.Email), Kinds = [ReminderKind.SessionTomorrow], InsteadOfMail = true,
                })).Succeeded);
        }
        await using var second = new ThriveApp(App.Database, settings: Allowing);
        _ = second.Server;
        foreach (var now in new[] { morning, morning, morning.AddMinutes(30) })
        {
            await Task.WhenAll(Task.Run(() => ReminderPassAsync(now, App), Ct), Task.Run(() => ReminderPassAsync(now, second), Ct));
            await Task.WhenAll(Task.Run(() => ChatPassAsync(now, App), Ct), Task.Run(() => ChatPassAsync(now, second), Ct));
        }

        var reminders = receiver.All.Where(r => r.Body.Contains("Your mentoring session is tomorrow", StringComparison.Ordinal)).ToList();
        Assert.Equal(pairs.Count * 2, reminders.Count); // one per person, whichever instance claimed it
        Assert.Equal(pairs.Count * 2, reminders.Select(r => r.Path).Distinct().Count());
        Assert.Equal(pairs.Count * 2, await App.WithDbAsync(db => db.ChatMessages.CountAsync(m => m.Title == "Your mentoring session is tomorrow" && m.Status == ChatMessageStatus.Delivered)));
        Assert.Equal(0, await App.WithDbAsync(db => db.SentMail.CountAsync(m => m.Subject == "Your mentoring session is tomorrow"))); // chat instead of mail
    }
}
