using System.Diagnostics;
using System.Text;
using StandardWebhooks;

namespace Thrive.Web.Features.Webhooks;

/// <summary>What one pass did: events fanned out to subscriptions, deliveries claimed here, and how many the receivers took.</summary>
public sealed record WebhookPassResult(int Dispatched, int Claimed, int Delivered);

/// <summary>
/// One delivery pass at an instant. First the outbox: each event not dispatched yet is claimed with an atomic update
/// (only one instance's update finds it undispatched), its payload fixed and one delivery made per subscription that
/// wants it, all in one transaction. Then the deliveries due: claimed with one atomic update (claim id and lease, only
/// where no live lease is), signed per the Standard Webhooks specification and sent at once, in parallel, each within
/// the time-out; the claim's holder alone writes the outcome. A failed try is retried on <see cref="WebhookRetries"/>;
/// a delivery out of tries counts against its subscription, which is turned off after
/// <see cref="WebhookSubscription.FailedEventsMax"/> such events in a row, with a mail to its owner.
/// </summary>
public sealed class WebhookPass(ThriveDbContext db, IHttpClientFactory http, Mailer mailer, LinkBuilder links, IOptions<ThriveOptions> options, ILogger<WebhookPass> log,
    AtRiskEvents atRisk, Chat.ProgrammeNews news)
{
    public const string Client = "webhooks";

    /// <summary>How long an event and its deliveries (the log) are kept after it was dispatched.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(30);
    private const int Batch = 50;

    public async Task<WebhookPassResult> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        await atRisk.RaiseAsync(now, ct);
        var dispatched = await DispatchAsync(now, ct);
        var (claimed, delivered) = await DeliverAsync(now, ct);
        // The log keeps a month; an event no webhook wanted is of no use once dispatched.
        await db.WebhookEvents.Where(e => e.DispatchedAt < now - KeepFor || (e.DispatchedAt < now && !db.WebhookDeliveries.Any(d => d.EventId == e.Id)))
            .ExecuteDeleteAsync(ct);
        if (dispatched + claimed > 0) log.LogInformation("Webhook pass: {Dispatched} events dispatched, {Claimed} deliveries claimed, {Delivered} delivered", dispatched, claimed, delivered);
        return new(dispatched, claimed, delivered);
    }

    private async Task<int> DispatchAsync(DateTimeOffset now, CancellationToken ct)
    {
        var waiting = await db.WebhookEvents.AsNoTracking().Where(e => e.DispatchedAt == null).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Take(Batch * 5).ToListAsync(ct);
        if (waiting.Count == 0) return 0;
        // What the payloads and the fan-out need is read for the whole batch at once; only the claim is per event.
        var read = await DispatchFacts.ReadAsync(db, waiting, ct);
        var done = 0;
        foreach (var e in waiting)
        {
            var pair = read.PairOf(e);
            var programme = read.ProgrammeName(e.ProgrammeId);
            var payload = WebhookPayloads.Write(e, programme, pair);
            var people = pair is null ? (e.PersonId is { } p ? [p] : []) : new List<Guid> { pair.MentorId, pair.MenteeId };
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var mine = await db.WebhookEvents.Where(x => x.Id == e.Id && x.DispatchedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.DispatchedAt, now).SetProperty(x => x.Payload, payload), ct) == 1;
            if (!mine) continue;
            db.WebhookDeliveries.AddRange(read.SubscriptionsFor(e, people).Select(w => WebhookDelivery.For(e.Id, w, now)));
            // The programme's Slack or Teams channel hears some events too, in the same claimed save (so once).
            await news.AddForEventAsync(e, programme, pair?.MentorId, pair?.MenteeId, now, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            done++;
        }
        return done;
    }

    /// <summary>The programme names, pairs and enabled subscriptions a batch of waiting events needs, in three reads.</summary>
    private sealed class DispatchFacts
    {
        private readonly Dictionary<Guid, string> programmes;
        private readonly Dictionary<Guid, WebhookPayloads.PairIds> pairsById;
        private readonly Dictionary<(Guid Programme, Guid Person), WebhookPayloads.PairIds> newestPairOf;
        private readonly List<(Guid Id, Guid? ProgrammeId, Guid OwnerId, WebhookEventType Events)> subscriptions;

        private DispatchFacts(Dictionary<Guid, string> programmes, Dictionary<Guid, WebhookPayloads.PairIds> pairsById,
            Dictionary<(Guid, Guid), WebhookPayloads.PairIds> newestPairOf, List<(Guid, Guid?, Guid, WebhookEventType)> subscriptions) =>
            (this.programmes, this.pairsById, this.newestPairOf, this.subscriptions) = (programmes, pairsById, newestPairOf, subscriptions);

        public static async Task<DispatchFacts> ReadAsync(ThriveDbContext db, List<WebhookEvent> events, CancellationToken ct)
        {
            var programmeIds = events.Select(e => e.ProgrammeId).Distinct().ToList();
            var pairIds = events.Where(e => e.PairId != null).Select(e => e.PairId!.Value).Distinct().ToList();
            var persons = events.Where(e => e.PairId == null && e.PersonId != null).Select(e => e.PersonId!.Value).Distinct().ToList();
            var programmes = await db.Programmes.AsNoTracking().Where(p => programmeIds.Contains(p.Id)).Select(p => new { p.Id, p.Name })
                .ToDictionaryAsync(p => p.Id, p => p.Name, ct);
            // A goal's event names its owner: the pair is the owner's newest active or completed pair in that programme.
            var pairs = await db.Pairs.AsNoTracking()
                .Where(p => pairIds.Contains(p.Id) || (programmeIds.Contains(p.ProgrammeId) && (persons.Contains(p.MentorId) || persons.Contains(p.MenteeId))
                    && (p.State == PairState.Active || p.State == PairState.Completed)))
                .OrderByDescending(p => p.ProposedAt).ThenBy(p => p.Id)
                .Select(p => new { p.Id, p.ProgrammeId, p.MentorId, p.MenteeId, p.State }).ToListAsync(ct);
            var byId = pairs.Where(p => pairIds.Contains(p.Id)).ToDictionary(p => p.Id, p => new WebhookPayloads.PairIds(p.Id, p.MentorId, p.MenteeId));
            var newest = new Dictionary<(Guid, Guid), WebhookPayloads.PairIds>();
            foreach (var p in pairs.Where(p => p.State is PairState.Active or PairState.Completed))
                foreach (var person in new[] { p.MentorId, p.MenteeId })
                    newest.TryAdd((p.ProgrammeId, person), new WebhookPayloads.PairIds(p.Id, p.MentorId, p.MenteeId)); // newest first
            var people = persons.Concat(pairs.SelectMany(p => new[] { p.MentorId, p.MenteeId })).Distinct().ToList();
            var subscriptions = await db.WebhookSubscriptions.AsNoTracking()
                .Where(w => w.Enabled && ((w.ProgrammeId != null && programmeIds.Contains(w.ProgrammeId.Value)) || (w.ProgrammeId == null && people.Contains(w.OwnerId))))
                .OrderBy(w => w.Id).Select(w => new { w.Id, w.ProgrammeId, w.OwnerId, w.Events }).ToListAsync(ct);
            return new(programmes, byId, newest, subscriptions.Select(w => (w.Id, w.ProgrammeId, w.OwnerId, w.Events)).ToList());
        }

        public string ProgrammeName(Guid id) => programmes.GetValueOrDefault(id, "");

        /// <summary>The event's pair: named on it, or for a goal the owner's active or completed pair in the programme.</summary>
        public WebhookPayloads.PairIds? PairOf(WebhookEvent e) =>
            e.PairId is { } id ? pairsById.GetValueOrDefault(id)
            : e.PersonId is { } person ? newestPairOf.GetValueOrDefault((e.ProgrammeId, person))
            : null;

        /// <summary>The programme's webhooks and the people's own that want this event's type.</summary>
        public IEnumerable<Guid> SubscriptionsFor(WebhookEvent e, List<Guid> people) =>
            subscriptions.Where(w => (w.Events & e.Type) != 0 && (w.ProgrammeId == e.ProgrammeId || (w.ProgrammeId == null && people.Contains(w.OwnerId))))
                .Select(w => w.Id);
    }

    private sealed record Claimed(Guid Id, string MessageId, int Attempts, Guid SubscriptionId, string Url, string Secret, Guid OwnerId, Guid? ProgrammeId, string Payload);

    private sealed record Outcome(Claimed Delivery, DateTimeOffset At, int? StatusCode, TimeSpan Took, string Response)
    {
        public bool Succeeded => StatusCode is >= 200 and < 300;
    }

    private async Task<(int Claimed, int Delivered)> DeliverAsync(DateTimeOffset now, CancellationToken ct)
    {
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .Join(db.WebhookSubscriptions.Where(w => w.Enabled), d => d.SubscriptionId, w => w.Id, (d, w) => d)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Select(d => d.Id).Take(Batch).ToListAsync(ct);
        if (due.Count == 0) return (0, 0);
        var claim = Guid.NewGuid();
        var lease = now.AddSeconds(Math.Max(options.Value.Webhooks.LeaseSeconds, options.Value.Webhooks.TimeoutSeconds * 2));
        // The atomic claim: the lease condition is evaluated again on each row as it is updated, so of two instances
        // racing for a row only one sets its claim (PostgreSQL re-checks after the other's commit; SQLite writes one at a time).
        await db.WebhookDeliveries
            .Where(d => due.Contains(d.Id) && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.ClaimId, claim).SetProperty(d => d.LeaseUntil, lease), ct);
        var claimed = await db.WebhookDeliveries.AsNoTracking().Where(d => d.ClaimId == claim)
            .Join(db.WebhookSubscriptions, d => d.SubscriptionId, w => w.Id, (d, w) => new { d, w })
            .Join(db.WebhookEvents, x => x.d.EventId, e => e.Id, (x, e) => new { x.d.Id, x.d.MessageId, x.d.Attempts, SubscriptionId = x.w.Id, x.w.Url, x.w.Secret, x.w.OwnerId, x.w.ProgrammeId, e.Payload })
            .OrderBy(c => c.Id).ToListAsync(ct);
        var outcomes = await Task.WhenAll(claimed.Select(c => SendAsync(new Claimed(c.Id, c.MessageId, c.Attempts, c.SubscriptionId, c.Url, c.Secret, c.OwnerId, c.ProgrammeId, c.Payload ?? ""), now, ct)));
        foreach (var o in outcomes) await RecordAsync(o, claim, now, ct);
        return (claimed.Count, outcomes.Count(o => o.Succeeded));
    }

    private async Task<Outcome> SendAsync(Claimed c, DateTimeOffset now, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, options.Value.Webhooks.TimeoutSeconds)));
            using var request = new HttpRequestMessage(HttpMethod.Post, c.Url) { Content = new StringContent(c.Payload, Encoding.UTF8, "application/json") };
            request.Headers.Add("webhook-id", c.MessageId);
            request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("webhook-signature", new StandardWebhook(c.Secret).Sign(c.MessageId, now, c.Payload));
            using var response = await http.CreateClient(Client).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await ReadStartAsync(response, WebhookAttempt.ResponseMax, timeout.Token);
            var code = (int)response.StatusCode;
            if (code is >= 300 and < 400) body = $"Redirect to {response.Headers.Location} not followed. " + body;
            return new(c, now, code, Stopwatch.GetElapsedTime(started), body);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new(c, now, null, Stopwatch.GetElapsedTime(started), $"No answer within {options.Value.Webhooks.TimeoutSeconds} seconds.");
        }
        catch (HttpRequestException e)
        {
            var refused = e.InnerException as WebhookRefusedException ?? e.InnerException?.InnerException as WebhookRefusedException;
            return new(c, now, null, Stopwatch.GetElapsedTime(started), refused?.Message ?? "Could not connect: " + e.Message);
        }
    }

    /// <summary>The first characters of the answer, reading no more than it needs.</summary>
    internal static async Task<string> ReadStartAsync(HttpResponseMessage response, int max, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        var buffer = new byte[max * 4];
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var read = 0;
        for (int n; read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), ct)) > 0;) read += n;
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return text.Length > max ? text[..max] : text;
    }

    private async Task RecordAsync(Outcome o, Guid claim, DateTimeOffset now, CancellationToken ct)
    {
        var c = o.Delivery;
        db.WebhookAttempts.Add(WebhookAttempt.Of(c.Id, c.SubscriptionId, o.At, o.StatusCode, o.Took, o.Response));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var mine = db.WebhookDeliveries.Where(d => d.Id == c.Id && d.ClaimId == claim);
        var attempts = c.Attempts + 1;
        if (o.Succeeded)
        {
            await mine.ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, WebhookDeliveryStatus.Delivered).SetProperty(d => d.Attempts, attempts)
                .SetProperty(d => d.DeliveredAt, now).SetProperty(d => d.ClaimId, (Guid?)null).SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), ct);
            await db.WebhookSubscriptions.Where(w => w.Id == c.SubscriptionId && w.FailedEvents != 0).ExecuteUpdateAsync(u => u.SetProperty(w => w.FailedEvents, 0), ct);
            return;
        }
        if (WebhookRetries.NextAfter(attempts, now) is { } next)
        {
            await mine.ExecuteUpdateAsync(u => u.SetProperty(d => d.Attempts, attempts).SetProperty(d => d.NextAttemptAt, next)
                .SetProperty(d => d.ClaimId, (Guid?)null).SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), ct);
            return;
        }
        var gaveUp = await mine.ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, WebhookDeliveryStatus.Failed).SetProperty(d => d.Attempts, attempts)
            .SetProperty(d => d.ClaimId, (Guid?)null).SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), ct) == 1;
        if (!gaveUp) return;
        var reason = $"Turned off on {now:yyyy-MM-dd HH:mm} UTC after {WebhookSubscription.FailedEventsMax} events in a row failed every try.";
        // The one update that reaches the limit turns it off; only that instance writes the mail.
        var turnedOff = await db.WebhookSubscriptions.Where(w => w.Id == c.SubscriptionId && w.Enabled && w.FailedEvents >= WebhookSubscription.FailedEventsMax - 1)
            .ExecuteUpdateAsync(u => u.SetProperty(w => w.FailedEvents, w => w.FailedEvents + 1).SetProperty(w => w.Enabled, false)
                .SetProperty(w => w.DisabledAt, now).SetProperty(w => w.DisabledReason, reason), ct) == 1;
        if (!turnedOff)
        {
            await db.WebhookSubscriptions.Where(w => w.Id == c.SubscriptionId).ExecuteUpdateAsync(u => u.SetProperty(w => w.FailedEvents, w => w.FailedEvents + 1), ct);
            return;
        }
        var to = await db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.Email).FirstOrDefaultAsync(ct);
        if (string.IsNullOrEmpty(to)) return;
        var link = links.Absolute($"/Webhooks/{c.SubscriptionId}");
        await mailer.SendAsync(new OutgoingMail(to, "Your Thrive webhook was turned off",
            $"Thrive turned off the webhook that sends events to {c.Url}: the last {WebhookSubscription.FailedEventsMax} events could not be delivered, "
            + $"each tried {WebhookRetries.MaxAttempts} times over about a day.\n\nThe delivery log shows each try's answer. "
            + $"When the receiver works again, turn the webhook back on and redeliver what it missed:\n{link}\n"), ct);
    }
}
