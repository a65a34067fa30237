using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Thrive.Domain.Common;
using Thrive.Domain.Relationship;
using Thrive.Domain.Sessions;
using Thrive.Domain.Webhooks;
using Thrive.Web.Features.Goals;
using Thrive.Web.Features.Groups;
using Thrive.Web.Features.Pairs;
using Thrive.Web.Features.Relationship;
using Thrive.Web.Features.Sessions;
using Thrive.Web.Features.Webhooks;
using Thrive.Web.Infrastructure;
using Thrive.Web.Tests.Infrastructure;

namespace Thrive.Web.Tests;

/// <summary>
/// Signed webhooks against a real receiver (<see cref="WebhookReceiver"/>, on a loopback port, so this app allows
/// private networks; the refusal of private addresses runs on a second app that does not). Events are raised by the
/// real use cases; delivery passes run at instants the test chooses, as the reminder tests do.
/// </summary>
public sealed class WebhookTests : WebTest
{
    private static readonly Dictionary<string, string> Allowing = new()
    {
        ["Thrive:Webhooks:AllowPrivateNetworks"] = "true",
        ["Thrive:Webhooks:TimeoutSeconds"] = "5",
    };

    /// <summary>Private words the tests write; none may reach a receiver or an outbox row.</summary>
    private static readonly string[] PrivateText =
    [
        "AGENDA-CHECKIN-7f3a", "AGENDA-HOPE-7f3a", "SHARED-NOTES-7f3a", "PRIVATE-NOTE-7f3a", "CANCEL-REASON-7f3a",
        "FEEDBACK-SITUATION-7f3a", "FEEDBACK-IMPACT-7f3a", "FEEDBACK-ACTION-7f3a", "WELLBEING-NOTE-7f3a",
    ];

    protected override IReadOnlyDictionary<string, string>? Settings => Allowing;

    private Given G => Given.In(App);

    private Task<WebhookPassResult> PassAsync(DateTimeOffset now, ThriveApp? app = null)
    {
        var scope = (app ?? App).Services.CreateScope();
        return Run();
        async Task<WebhookPassResult> Run() { using (scope) return await scope.ServiceProvider.GetRequiredService<WebhookPass>().RunAsync(now, Ct); }
    }

    /// <summary>Runs a use case's handler as <paramref name="who"/>, as a page or endpoint would.</summary>
    private async Task<T> AsAsync<THandler, T>(GivenPerson who, Func<THandler, Actor, Task<T>> act) where THandler : notnull
    {
        using var scope = App.Services.CreateScope();
        return await act(scope.ServiceProvider.GetRequiredService<THandler>(), new Actor(who.Id, false));
    }

    /// <summary>
    /// A webhook for <paramref name="events"/>; by default every event but "pair.at_risk": the pairs these tests make started
    /// a month ago and mostly never met, so they are at risk, and only the tests about that event listen for it.
    /// </summary>
    private async Task<WebhookSubscription> HookAsync(WebhookReceiver receiver, string path, GivenPerson owner, Guid? programmeId = null, WebhookEventType events = WebhookEventType.None)
    {
        if (events == WebhookEventType.None) events = WebhookEventTypes.Every & ~WebhookEventType.PairAtRisk;
        var w = await G.WebhookAsync(owner.Id, receiver.Url(path), programmeId, events);
        receiver.Expect(path, w.Secret);
        return w;
    }

    private Task<List<WebhookDelivery>> DeliveriesAsync() => App.WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).ToListAsync());

    private async Task<GivenPair> PairAsync() => await G.PairAsync(await G.ProgrammeAsync());

    /// <summary>Scans what arrived and every outbox row for the private words the tests wrote.</summary>
    private async Task AssertNoPrivateTextAsync(WebhookReceiver receiver)
    {
        var payloads = receiver.All.Select(r => r.Body).ToList();
        payloads.AddRange(await App.WithDbAsync(db => db.WebhookEvents.AsNoTracking().Where(e => e.Payload != null).Select(e => e.Payload!).ToListAsync()));
        var leaks = payloads.SelectMany(p => PrivateText.Where(t => p.Contains(t, StringComparison.OrdinalIgnoreCase)).Select(t => $"{t} in {p}")).ToList();
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }

    [Fact]
    public async Task Every_event_type_arrives_signed_with_ids_and_times_and_no_private_text()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var pair = await PairAsync();
        var (programme, mentee, mentor, coordinator) = (pair.Programme, pair.Mentee, pair.Mentor, pair.Programme.Coordinator);
        await HookAsync(receiver, "programme", coordinator, programme.Id, WebhookEventTypes.Every);
        await HookAsync(receiver, "mentee", mentee, events: WebhookEventTypes.Every);
        // A pair that never met in its five weeks: at risk.
        await G.PairAsync(programme);

        // Pairs: a second pair proposed and confirmed by the coordinator, later completed.
        var (mentor2, mentee2) = (await G.MentorAsync(programme), await G.MenteeAsync(programme));
        var pair2 = (await AsAsync<ProposePair.Handler, Result<Guid>>(coordinator, (h, a) => h.HandleAsync(a, programme.Id, new() { MentorId = mentor2.Id, MenteeId = mentee2.Id }, Ct))).Value;
        Assert.True((await AsAsync<ActivatePair.Handler, Result<Unit>>(coordinator, (h, a) => h.HandleAsync(a, pair2, Ct))).Succeeded);
        Assert.True((await AsAsync<CompletePair.Handler, Result<Unit>>(coordinator, (h, a) => h.HandleAsync(a, pair2, Ct))).Succeeded);

        // Sessions: scheduled from a slot, one with an agenda and notes, moved, another cancelled with a reason, a past one held.
        var start = G.Today.AddDays(2);
        var scheduled = await AsAsync<ScheduleSessions.Handler, Result<int>>(mentee, (h, a) => h.HandleAsync(a, pair.Id,
            new() { Day = start.DayOfWeek, Time = new TimeOnly(16, 0), TimeZone = "UTC", StartsOn = start }, Ct));
        Assert.True(scheduled.Succeeded, string.Join("; ", scheduled.Errors.Select(e => e.Message)));
        var sessions = await App.WithDbAsync(db => db.Sessions.AsNoTracking().Where(s => s.PairId == pair.Id).OrderBy(s => s.StartUtc).ToListAsync());
        var (first, second) = (sessions[0], sessions[1]);
        Assert.True((await AsAsync<SaveAgenda.Handler, Result<Unit>>(mentee, (h, a) => h.HandleAsync(a, first.Id,
            new() { CheckIn = PrivateText[0], HopeNext = PrivateText[1], Share = true }, Ct))).Succeeded);
        Assert.True((await AsAsync<SaveNotes.Handler, Result<Unit>>(mentee, (h, a) => h.HandleAsync(a, first.Id, new() { Text = PrivateText[2] }, Ct))).Succeeded);
        Assert.True((await AsAsync<SavePrivateNote.Handler, Result<Unit>>(mentor, (h, a) => h.HandleAsync(a, first.Id, new() { Text = PrivateText[3] }, Ct))).Succeeded);
        var version = await App.WithDbAsync(db => db.Sessions.Where(s => s.Id == first.Id).Select(s => s.Version).SingleAsync());
        var moved = await AsAsync<RescheduleSession.Handler, Result<Unit>>(mentor, (h, a) => h.HandleAsync(a, first.Id,
            new() { Date = start.AddDays(1), Time = new TimeOnly(9, 30), TimeZone = "UTC", Version = version }, Ct));
        Assert.True(moved.Succeeded, string.Join("; ", moved.Errors.Select(e => e.Message)));
        Assert.True((await AsAsync<CancelSession.Handler, Result<Unit>>(mentor, (h, a) => h.HandleAsync(a, second.Id, new() { Reason = PrivateText[4] }, Ct))).Succeeded);
        var past = await G.SessionAsync(pair, G.Now.AddHours(-3));
        Assert.True((await AsAsync<RecordSession.Handler, Result<Unit>>(mentee, (h, a) => h.HandleAsync(a, past.Id, new() { Status = SessionStatus.Held }, Ct))).Succeeded);

        // A goal achieved, feedback given (its words stay in Thrive), a wellbeing note (no event at all).
        var goal = await G.GoalAsync(mentee);
        Assert.True((await AsAsync<ChangeGoalStatus.Handler, Result<Unit>>(mentee, (h, a) => h.HandleAsync(a, goal.Id, ChangeGoalStatus.Change.MarkAchieved, new(), Ct))).Succeeded);
        Assert.True((await AsAsync<GiveFeedback.Handler, Result<Guid>>(mentor, (h, a) => h.HandleAsync(a, pair.Id,
            new() { Kind = FeedbackKind.Praise, Situation = PrivateText[5], Impact = PrivateText[6], Action = PrivateText[7] }, Ct))).Succeeded);
        await G.WellbeingCheckInAsync(mentee, note: PrivateText[8]);
        // A group in the programme (its id only; a community group raises nothing).
        var group = await AsAsync<CreateGroup.Handler, Result<Guid>>(coordinator, (h, a) => h.HandleAsync(a, new() { ProgrammeId = programme.Id, Kind = Thrive.Domain.Groups.GroupKind.PeerGroup, Name = "Peer group", Purpose = "Talk.", Facilitators = [mentor.Id] }, Ct));
        Assert.True(group.Succeeded, string.Join("; ", group.Errors.Select(e => e.Message)));

        var now = G.Now;
        for (var pass = await PassAsync(now); pass.Claimed > 0; pass = await PassAsync(now)) Assert.Equal(pass.Claimed, pass.Delivered);
        var arrived = receiver.All.ToList();
        Assert.All(arrived, r => Assert.True(r.Verified, r.Error));
        Assert.Equal(arrived.Count, arrived.Select(r => r.Id).Distinct().Count());
        var byPath = arrived.ToLookup(r => r.Path, r => JsonDocument.Parse(r.Body).RootElement);
        string Type(JsonElement e) => e.GetProperty("type").GetString()!;
        Assert.Equal(WebhookEventTypes.All.Select(t => t.Name).Order(), byPath["programme"].Select(Type).Distinct().Order());
        // The mentee's own webhook hears about her pair only: not the second pair's proposal, confirmation or completion.
        Assert.DoesNotContain(byPath["mentee"], e => Type(e).StartsWith("pair.", StringComparison.Ordinal));
        Assert.Contains(byPath["mentee"], e => Type(e) == "feedback.given");
        Assert.All(byPath["mentee"], e => Assert.Equal(pair.Id.ToString(), e.GetProperty("data").GetProperty("pairId").GetString()));

        var movedBody = byPath["programme"].Single(e => Type(e) == "session.moved");
        var data = movedBody.GetProperty("data");
        Assert.Equal(programme.Id.ToString(), data.GetProperty("programme").GetProperty("id").GetString());
        Assert.Equal(first.Id.ToString(), data.GetProperty("sessionId").GetString());
        Assert.Equal(first.StartUtc, data.GetProperty("previousStartsAt").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(start.AddDays(1).ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero), data.GetProperty("startsAt").GetDateTimeOffset());
        Assert.True(movedBody.TryGetProperty("timestamp", out _));
        var feedback = byPath["programme"].Single(e => Type(e) == "feedback.given").GetProperty("data");
        Assert.True(feedback.TryGetProperty("feedbackId", out _));
        Assert.Equal(["feedbackId", "menteeId", "mentorId", "pairId", "programme"], feedback.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var created = byPath["programme"].Single(e => Type(e) == "group.created").GetProperty("data");
        Assert.Equal(group.Value.ToString(), created.GetProperty("groupId").GetString());
        Assert.Equal(["groupId", "programme"], created.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        await AssertNoPrivateTextAsync(receiver);
    }

    [Fact]
    public async Task The_signature_verifies_and_a_tampered_body_is_refused_by_the_receiver()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var pair = await PairAsync();
        var hook = await HookAsync(receiver, "p", pair.Mentee);
        Assert.StartsWith("whsec_", hook.Secret, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(hook.Secret["whsec_".Length..]).Length);
        await AsAsync<GiveFeedback.Handler, Result<Guid>>(pair.Mentor, (h, a) => h.HandleAsync(a, pair.Id,
            new() { Situation = PrivateText[5], Impact = PrivateText[6], Action = PrivateText[7] }, Ct));
        var now = G.Now;
        await PassAsync(now);
        var got = Assert.Single(receiver.All);
        Assert.True(got.Verified, got.Error);
        Assert.Equal(now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), got.Timestamp);
        Assert.StartsWith("v1,", got.Signature, StringComparison.Ordinal);
        var delivery = Assert.Single(await DeliveriesAsync());
        Assert.Equal(delivery.MessageId, got.Id);
        Assert.Equal(WebhookDeliveryStatus.Delivered, delivery.Status);

        // The same headers with one byte of the body changed: the receiver's check refuses it.
        using var client = new HttpClient();
        using var tampered = new HttpRequestMessage(HttpMethod.Post, receiver.Url("p"))
        {
            Content = new StringContent(got.Body.Replace("feedback.given", "feedback.giveN", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"),
        };
        tampered.Headers.Add("webhook-id", got.Id);
        tampered.Headers.Add("webhook-timestamp", got.Timestamp);
        tampered.Headers.Add("webhook-signature", got.Signature);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(tampered, Ct)).StatusCode);
        Assert.False(receiver.All.Last().Verified);
        await AssertNoPrivateTextAsync(receiver);
    }

    [Fact]
    public async Task A_receiver_that_answered_500_gets_the_event_again_with_the_same_webhook_id_and_the_log_shows_both_tries()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.StatusFor = call => call == 1 ? 500 : 200;
        var pair = await PairAsync();
        var hook = await HookAsync(receiver, "p", pair.Programme.Coordinator, pair.Programme.Id);
        await AsAsync<CompletePair.Handler, Result<Unit>>(pair.Programme.Coordinator, (h, a) => h.HandleAsync(a, pair.Id, Ct));
        var now = G.Now;
        Assert.Equal(new WebhookPassResult(1, 1, 0), await PassAsync(now));
        Assert.Equal(new WebhookPassResult(0, 0, 0), await PassAsync(now.AddSeconds(2))); // not due yet
        Assert.Equal(new WebhookPassResult(0, 1, 1), await PassAsync(now.AddSeconds(6)));
        var tries = receiver.All.ToList();
        Assert.Equal(2, tries.Count);
        Assert.Equal(tries[0].Id, tries[1].Id);
        Assert.Equal(tries[0].Body, tries[1].Body);
        Assert.All(tries, t => Assert.True(t.Verified, t.Error));

        var coordinator = await pair.Programme.Coordinator.SignInAsync();
        var page = await coordinator.GetStringAsync($"/Webhooks/{hook.Id}", Ct);
        Assert.Contains("pair.completed", page, StringComparison.Ordinal);
        Assert.Contains("the receiver is down", page, StringComparison.Ordinal);
        Assert.Contains("thanks from the receiver", page, StringComparison.Ordinal);
        Assert.Contains(tries[0].Id, page, StringComparison.Ordinal);
        var log = await App.WithDbAsync(db => db.WebhookAttempts.AsNoTracking().OrderBy(a => a.At).Select(a => new { a.StatusCode, a.Response }).ToListAsync());
        Assert.Equal([500, 200], log.Select(a => a.StatusCode ?? 0));

        // Redelivered by hand: the same webhook-id once more.
        var delivery = Assert.Single(await DeliveriesAsync());
        var redeliver = await ThriveApp.PostFormAsync(coordinator, $"/Webhooks/{hook.Id}?handler=Redeliver&deliveryId={delivery.Id}", new(), $"/Webhooks/{hook.Id}");
        Assert.Equal(HttpStatusCode.Redirect, redeliver.StatusCode);
        Assert.Equal(new WebhookPassResult(0, 1, 1), await PassAsync(now.AddSeconds(7)));
        Assert.Equal(tries[0].Id, receiver.All.Last().Id);
    }

    [Fact]
    public async Task Two_instances_running_passes_concurrently_deliver_each_event_exactly_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var pair = await PairAsync();
        await HookAsync(receiver, "programme", pair.Programme.Coordinator, pair.Programme.Id);
        await HookAsync(receiver, "mentee", pair.Mentee);
        var start = G.Today.AddDays(1);
        var scheduled = await AsAsync<ScheduleSessions.Handler, Result<int>>(pair.Mentee, (h, a) => h.HandleAsync(a, pair.Id,
            new() { Day = start.DayOfWeek, Time = new TimeOnly(10, 0), TimeZone = "UTC", StartsOn = start }, Ct));
        Assert.True(scheduled.Value >= 3, $"only {scheduled.Value} sessions");
        for (var i = 0; i < 3; i++)
            await AsAsync<GiveFeedback.Handler, Result<Guid>>(pair.Mentor, (h, a) => h.HandleAsync(a, pair.Id, new() { Situation = "s", Impact = "i", Action = "a" }, Ct));
        await using var second = new ThriveApp(App.Database, settings: Allowing);
        _ = second.Server;

        var now = G.Now;
        var results = new List<WebhookPassResult>();
        for (var round = 0; round < 4; round++)
            results.AddRange(await Task.WhenAll(Task.Run(() => PassAsync(now, App), Ct), Task.Run(() => PassAsync(now, second), Ct)));

        var deliveries = await DeliveriesAsync();
        var events = scheduled.Value + 3;
        Assert.Equal(events * 2, deliveries.Count); // each event once per webhook
        Assert.All(deliveries, d => Assert.Equal(WebhookDeliveryStatus.Delivered, d.Status));
        Assert.Equal(events, results.Sum(r => r.Dispatched));
        Assert.Equal(deliveries.Count, results.Sum(r => r.Delivered));
        var arrived = receiver.All.ToList();
        var twice = arrived.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, "Delivered twice: " + string.Join(", ", twice));
        Assert.Equal(deliveries.Count, arrived.Count);
        Assert.Equal(1, await App.WithDbAsync(db => db.WebhookAttempts.GroupBy(a => a.DeliveryId).Select(g => g.Count()).MaxAsync()));
    }

    [Fact]
    public async Task A_pair_at_risk_is_told_once_per_spell_to_the_programme_and_its_members_webhooks_across_two_instances()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        // Started five weeks ago and never met: quiet for a month, at risk on cohort health. A pair in good shape is not told.
        var pair = await PairAsync();
        var fine = await G.PairAsync(pair.Programme);
        await G.HeldSessionAsync(fine, daysAgo: 2);
        await HookAsync(receiver, "programme", pair.Programme.Coordinator, pair.Programme.Id, WebhookEventType.PairAtRisk);
        await HookAsync(receiver, "mentor", pair.Mentor, events: WebhookEventType.PairAtRisk);
        // Another programme where nobody listens for it: its pairs are not read at all.
        var elsewhere = await PairAsync();
        await HookAsync(receiver, "elsewhere", elsewhere.Programme.Coordinator, elsewhere.Programme.Id, WebhookEventType.GoalAchieved);

        await using var second = new ThriveApp(App.Database, settings: Allowing);
        _ = second.Server;
        var now = G.Now;
        foreach (var at in new[] { now, now, now.AddHours(2), now.AddHours(2) })
            await Task.WhenAll(Task.Run(() => PassAsync(at, App), Ct), Task.Run(() => PassAsync(at, second), Ct));

        var events = await App.WithDbAsync(db => db.WebhookEvents.AsNoTracking().Where(e => e.Type == WebhookEventType.PairAtRisk).ToListAsync());
        var e = Assert.Single(events); // one spell, one event, however many checks and instances
        Assert.Equal(pair.Id, e.PairId);
        var arrived = receiver.All.ToList();
        Assert.All(arrived, r => Assert.True(r.Verified, r.Error));
        Assert.Equal(["mentor", "programme"], arrived.Select(r => r.Path).Order(StringComparer.Ordinal));
        var body = JsonDocument.Parse(arrived[0].Body).RootElement;
        Assert.Equal("pair.at_risk", body.GetProperty("type").GetString());
        Assert.Equal(pair.Id.ToString(), body.GetProperty("data").GetProperty("pairId").GetString());
        Assert.Equal(pair.Mentee.Id.ToString(), body.GetProperty("data").GetProperty("menteeId").GetString());
    }

    [Fact]
    public async Task Adding_rotating_turning_off_and_on_and_deleting_a_webhook_are_audited_by_host_never_by_its_secret_path()
    {
        var pair = await PairAsync();
        var coordinator = pair.Programme.Coordinator;
        var made = await AsAsync<CreateWebhook.Handler, Result<CreateWebhook.Created>>(coordinator, (h, a) => h.HandleAsync(a, pair.Programme.Id,
            new() { Url = "https://127.0.0.1:9/hooks/T0SECRET/B0SECRET?token=SECRET-IN-QUERY", Description = "", Events = ["pair.at_risk"] }, Ct));
        Assert.True(made.Succeeded, string.Join("; ", made.Errors.Select(e => e.Message)));
        var id = made.Value!.Id;
        Assert.True((await AsAsync<RotateWebhookSecret.Handler, Result<string>>(coordinator, (h, a) => h.HandleAsync(a, id, Ct))).Succeeded);
        Assert.True((await AsAsync<SetWebhookEnabled.Handler, Result<Unit>>(coordinator, (h, a) => h.HandleAsync(a, id, false, Ct))).Succeeded);
        Assert.True((await AsAsync<SetWebhookEnabled.Handler, Result<Unit>>(coordinator, (h, a) => h.HandleAsync(a, id, true, Ct))).Succeeded);
        // Someone else may not change it, and nothing is recorded for the refusal.
        Assert.False((await AsAsync<RotateWebhookSecret.Handler, Result<string>>(pair.Mentee, (h, a) => h.HandleAsync(a, id, Ct))).Succeeded);
        Assert.True((await AsAsync<DeleteWebhook.Handler, Result<Guid?>>(coordinator, (h, a) => h.HandleAsync(a, id, Ct))).Succeeded);

        var entries = await App.WithDbAsync(db => db.AuditLog.AsNoTracking().Where(e => e.SubjectId == id).OrderBy(e => e.At).ThenBy(e => e.Action).ToListAsync());
        Assert.Equal(["webhook.created", "webhook.deleted", "webhook.disabled", "webhook.enabled", "webhook.secret_rotated"], entries.Select(e => e.Action).Order(StringComparer.Ordinal));
        Assert.All(entries, e =>
        {
            Assert.Equal(coordinator.Id, e.ActorId);
            Assert.Equal(pair.Programme.Id, e.ProgrammeId);
            Assert.Equal("127.0.0.1", e.Detail);
            Assert.DoesNotContain("SECRET", e.SubjectName + e.Detail, StringComparison.Ordinal);
        });
        Assert.False(await App.WithDbAsync(db => db.WebhookSubscriptions.AnyAsync(w => w.Id == id)));
    }

    [Fact]
    public async Task A_slow_receiver_never_holds_up_the_request_that_caused_the_event_and_is_cut_off_after_the_timeout()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Delay = TimeSpan.FromSeconds(20);
        var pair = await PairAsync();
        var coordinator = pair.Programme.Coordinator;
        await HookAsync(receiver, "p", coordinator, pair.Programme.Id);
        await AsAsync<CompletePair.Handler, Result<Unit>>(coordinator, (h, a) => h.HandleAsync(a, pair.Id, Ct));
        var (mentor, mentee) = (await G.MentorAsync(pair.Programme), await G.MenteeAsync(pair.Programme));
        var client = await coordinator.SignInAsync();
        await ThriveApp.SendAntiforgeryHeaderAsync(client);
        var sending = Task.Run(() => PassAsync(G.Now), Ct);
        while (receiver.All.IsEmpty && !sending.IsCompleted) await Task.Delay(20, Ct);

        // While the receiver keeps Thrive waiting, the coordinator pairs two more people: the answer comes at once.
        var clock = Stopwatch.StartNew();
        var proposed = await client.PostAsJsonAsync($"/api/v1/programmes/{pair.Programme.Id}/pairs", new { mentorId = mentor.Id, menteeId = mentee.Id }, Ct);
        clock.Stop();
        Assert.True(proposed.IsSuccessStatusCode, await proposed.Content.ReadAsStringAsync(Ct));
        Assert.False(sending.IsCompleted, "the pass should still be waiting for the slow receiver");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"the request took {clock.Elapsed}");
        Assert.True(await App.WithDbAsync(db => db.WebhookEvents.AnyAsync(e => e.Type == WebhookEventType.PairProposed && e.DispatchedAt == null)));

        var result = await sending;
        Assert.Equal(0, result.Delivered);
        var attempt = await App.WithDbAsync(db => db.WebhookAttempts.AsNoTracking().SingleAsync());
        Assert.Null(attempt.StatusCode);
        Assert.Contains("No answer within 5 seconds", attempt.Response, StringComparison.Ordinal);
        Assert.InRange(attempt.DurationMs, 4500, 12000);
        Assert.Equal(WebhookDeliveryStatus.Pending, Assert.Single(await DeliveriesAsync()).Status); // tried again later
    }

    [Fact]
    public async Task After_five_events_fail_every_try_the_webhook_is_turned_off_and_its_owner_gets_a_mail()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.StatusFor = _ => 500;
        var pair = await PairAsync();
        var hook = await HookAsync(receiver, "p", pair.Mentee);
        for (var i = 0; i < WebhookSubscription.FailedEventsMax; i++)
            await AsAsync<GiveFeedback.Handler, Result<Guid>>(pair.Mentor, (h, a) => h.HandleAsync(a, pair.Id, new() { Situation = "s", Impact = "i", Action = "a" }, Ct));
        var at = G.Now;
        await PassAsync(at);
        foreach (var delay in WebhookRetries.Delays)
        {
            var before = await App.WithDbAsync(db => db.WebhookSubscriptions.Where(w => w.Id == hook.Id).Select(w => w.Enabled).SingleAsync());
            Assert.True(before);
            at += delay + TimeSpan.FromSeconds(1);
            await PassAsync(at);
        }
        Assert.Equal(WebhookSubscription.FailedEventsMax * WebhookRetries.MaxAttempts, receiver.All.Count);
        Assert.All(await DeliveriesAsync(), d => Assert.Equal(WebhookDeliveryStatus.Failed, d.Status));
        var off = await App.WithDbAsync(db => db.WebhookSubscriptions.AsNoTracking().SingleAsync(w => w.Id == hook.Id));
        Assert.False(off.Enabled);
        Assert.Equal(WebhookSubscription.FailedEventsMax, off.FailedEvents);
        Assert.Contains("failed every try", off.DisabledReason, StringComparison.Ordinal);
        var mail = Assert.Single(await App.WithDbAsync(db => db.SentMail.AsNoTracking().Where(m => m.To == pair.Mentee.Email).ToListAsync()));
        Assert.Equal("Your Thrive webhook was turned off", mail.Subject);
        Assert.Contains($"/Webhooks/{hook.Id}", mail.TextBody, StringComparison.Ordinal);

        // Nothing more is sent while it is off; turned on again, the count starts over.
        await AsAsync<GiveFeedback.Handler, Result<Guid>>(pair.Mentor, (h, a) => h.HandleAsync(a, pair.Id, new() { Situation = "s", Impact = "i", Action = "a" }, Ct));
        await PassAsync(at.AddMinutes(1));
        Assert.Equal(WebhookSubscription.FailedEventsMax * WebhookRetries.MaxAttempts, receiver.All.Count);
        var client = await pair.Mentee.SignInAsync();
        Assert.Contains("failed every try", await client.GetStringAsync($"/Webhooks/{hook.Id}", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(client, $"/Webhooks/{hook.Id}?handler=Enable", new(), $"/Webhooks/{hook.Id}")).StatusCode);
        var on = await App.WithDbAsync(db => db.WebhookSubscriptions.AsNoTracking().SingleAsync(w => w.Id == hook.Id));
        Assert.True(on.Enabled);
        Assert.Equal(0, on.FailedEvents);
    }

    private static async Task<HttpResponseMessage> PostWebhookFormAsync(HttpClient client, string page, string url, params string[] events)
    {
        var token = ThriveApp.AntiforgeryToken(await client.GetStringAsync(page));
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("Input.Url", url), new("Input.Description", "Dashboard") };
        fields.AddRange(events.Select(e => new KeyValuePair<string, string>("Input.Events", e)));
        return await client.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task A_private_loopback_or_link_local_address_and_a_url_that_is_not_http_are_refused_at_save_unless_private_networks_are_allowed()
    {
        var pair = await PairAsync();
        await using var strict = new ThriveApp(App.Database);
        _ = strict.Server;
        var client = await strict.SignedInAsync(pair.Programme.Coordinator.Email);
        var page = $"/Programmes/{pair.Programme.Id}/Webhooks";
        foreach (var (url, message) in new[]
        {
            ("http://10.1.2.3/hook", "private network"), ("http://192.168.0.10/hook", "private network"), ("http://127.0.0.1:8080/hook", "private network"),
            ("http://localhost:5000/hook", "private network"), ("http://169.254.169.254/latest/meta-data", "private network"), ("http://[::1]/hook", "private network"),
            ("http://[fd00::1]/hook", "private network"), ("ftp://files.example.com/hook", "starts with https://"), ("javascript:alert(1)", "starts with https://"),
            ("hooks.example.com/thrive", "starts with https://"), ("https://user:secret@hooks.example.com/x", "user name and password"),
        })
        {
            var answer = await PostWebhookFormAsync(client, page, url, "pair.proposed");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var html = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync(Ct));
            Assert.Contains(message, html, StringComparison.Ordinal);
            Assert.Contains("field-validation-error", html, StringComparison.Ordinal);
        }
        var noEvents = WebUtility.HtmlDecode(await (await PostWebhookFormAsync(client, page, "https://203.0.113.10/hook")).Content.ReadAsStringAsync(Ct));
        Assert.Contains("Choose at least one event.", noEvents, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.WebhookSubscriptions.CountAsync()));

        // On this app (private networks allowed) the same loopback address is taken, and its secret shown once.
        await using var receiver = await WebhookReceiver.StartAsync();
        var allowed = await pair.Programme.Coordinator.SignInAsync();
        var saved = await PostWebhookFormAsync(allowed, page, receiver.Url("p"), "pair.completed", "session.moved");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var shown = WebUtility.HtmlDecode(await allowed.GetStringAsync(page, Ct));
        var secret = System.Text.RegularExpressions.Regex.Match(shown, "whsec_[A-Za-z0-9+/=]+").Value;
        Assert.Equal(await App.WithDbAsync(db => db.WebhookSubscriptions.Select(w => w.Secret).SingleAsync()), secret);
        Assert.DoesNotContain("whsec_", (await allowed.GetStringAsync(page, Ct)).Replace("whsec_…", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var hook = await App.WithDbAsync(db => db.WebhookSubscriptions.AsNoTracking().SingleAsync());
        Assert.Equal(WebhookEventType.PairCompleted | WebhookEventType.SessionMoved, hook.Events);

        // At delivery the strict app checks the address it connects to again (a name that now resolves inside is refused too).
        receiver.Expect("p", secret);
        await AsAsync<CompletePair.Handler, Result<Unit>>(pair.Programme.Coordinator, (h, a) => h.HandleAsync(a, pair.Id, Ct));
        await PassAsync(G.Now, strict);
        Assert.Empty(receiver.All);
        var attempt = await App.WithDbAsync(db => db.WebhookAttempts.AsNoTracking().SingleAsync());
        Assert.Null(attempt.StatusCode);
        Assert.StartsWith("Refused", attempt.Response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_programmes_webhooks_are_its_coordinators_only_and_a_persons_own_are_theirs_only()
    {
        var pair = await PairAsync();
        var other = await G.ProgrammeAsync();
        var hook = await G.WebhookAsync(pair.Programme.Coordinator.Id, "https://hooks.example.com/programme", pair.Programme.Id);
        var own = await G.WebhookAsync(pair.Mentor.Id, "https://hooks.example.com/mentor");
        var coordinator = await pair.Programme.Coordinator.SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/Webhooks/{hook.Id}", Ct)).StatusCode);
        Assert.Contains("hooks.example.com/programme", await coordinator.GetStringAsync($"/Programmes/{pair.Programme.Id}/Webhooks", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/Webhooks/{own.Id}", Ct)).StatusCode);
        foreach (var person in new[] { other.Coordinator, pair.Mentee, pair.Mentor })
        {
            var client = await person.SignInAsync();
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Webhooks/{hook.Id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Programmes/{pair.Programme.Id}/Webhooks", Ct)).StatusCode);
            var post = await ThriveApp.PostFormAsync(client, $"/Webhooks/{hook.Id}?handler=Delete", new(), "/Account/Webhooks");
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }
        var mentor = await pair.Mentor.SignInAsync();
        Assert.Contains("hooks.example.com/mentor", await mentor.GetStringAsync("/Account/Webhooks", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("hooks.example.com/mentor", await coordinator.GetStringAsync("/Account/Webhooks", Ct), StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.WebhookSubscriptions.CountAsync(w => w.Id == hook.Id)));

        // The mentor rotates the secret (shown once) and deletes the webhook with its log.
        Assert.Equal(HttpStatusCode.Redirect, (await ThriveApp.PostFormAsync(mentor, $"/Webhooks/{own.Id}?handler=Rotate", new(), $"/Webhooks/{own.Id}")).StatusCode);
        var rotated = await App.WithDbAsync(db => db.WebhookSubscriptions.Where(w => w.Id == own.Id).Select(w => w.Secret).SingleAsync());
        Assert.NotEqual(own.Secret, rotated);
        Assert.Contains(rotated, WebUtility.HtmlDecode(await mentor.GetStringAsync($"/Webhooks/{own.Id}", Ct)), StringComparison.Ordinal);
        Assert.DoesNotContain(rotated, WebUtility.HtmlDecode(await mentor.GetStringAsync($"/Webhooks/{own.Id}", Ct)), StringComparison.Ordinal);
        var deleted = await ThriveApp.PostFormAsync(mentor, $"/Webhooks/{own.Id}?handler=Delete", new(), $"/Webhooks/{own.Id}");
        Assert.Equal("/Account/Webhooks", deleted.Headers.Location?.OriginalString);
        Assert.Equal(0, await App.WithDbAsync(db => db.WebhookSubscriptions.CountAsync(w => w.Id == own.Id)));
    }

    [Fact]
    public async Task The_api_adds_a_webhook_with_its_secret_once_refuses_bad_urls_as_problem_details_and_reads_the_log()
    {
        var pair = await PairAsync();
        await using var strict = new ThriveApp(App.Database);
        _ = strict.Server;
        var client = await strict.SignedInAsync(pair.Mentee.Email);
        await ThriveApp.SendAntiforgeryHeaderAsync(client);
        foreach (var url in new[] { "http://10.0.0.7/hook", "file:///etc/passwd" })
        {
            var refused = await client.PostAsJsonAsync("/api/v1/me/webhooks", new { url, events = new[] { "session.moved" } }, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Ct));
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("Url", out _), problem.RootElement.ToString());
        }
        var unknown = await client.PostAsJsonAsync("/api/v1/me/webhooks", new { url = "https://203.0.113.9/hook", events = new[] { "session.teleported" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.WebhookSubscriptions.CountAsync()));

        await using var receiver = await WebhookReceiver.StartAsync();
        var allowed = await pair.Mentee.SignInAsync();
        await ThriveApp.SendAntiforgeryHeaderAsync(allowed);
        var made = await allowed.PostAsJsonAsync("/api/v1/me/webhooks", new { url = receiver.Url("api"), events = new[] { "session.held", "feedback.given" } }, Ct);
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        using var body = JsonDocument.Parse(await made.Content.ReadAsStringAsync(Ct));
        var id = body.RootElement.GetProperty("id").GetGuid();
        receiver.Expect("api", body.RootElement.GetProperty("secret").GetString()!);
        await AsAsync<GiveFeedback.Handler, Result<Guid>>(pair.Mentor, (h, a) => h.HandleAsync(a, pair.Id, new() { Situation = PrivateText[5], Impact = "i", Action = "a" }, Ct));
        await PassAsync(G.Now);
        Assert.True(Assert.Single(receiver.All).Verified);
        var read = await allowed.GetStringAsync($"/api/v1/webhooks/{id}", Ct);
        Assert.DoesNotContain(body.RootElement.GetProperty("secret").GetString()!, read, StringComparison.Ordinal);
        Assert.Contains("thanks from the receiver", read, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await pair.Mentor.SignInAsync()).GetAsync($"/api/v1/webhooks/{id}", Ct)).StatusCode);
        await AssertNoPrivateTextAsync(receiver);
    }
}
