using System.Diagnostics;
using System.Text;
using Thrive.Web.Features.Webhooks;

namespace Thrive.Web.Features.Chat;

/// <summary>
/// One chat delivery pass at an instant, run by the webhook worker after its own pass: programme news written for the
/// week (<see cref="ProgrammeNews"/>), then the messages due claimed with one atomic update (a claim id and a lease,
/// only where no live lease is, as webhook deliveries are), posted in parallel within the time-out through the webhook
/// client (no redirects, no private address unless allowed), and the outcome written by the claim's holder alone. A
/// failed try is retried on <see cref="WebhookRetries"/>; after <see cref="ChatConnection.FailedMessagesMax"/> messages
/// in a row that failed every try the connection is turned off and its owner mailed.
/// </summary>
public sealed class ChatPass(ThriveDbContext db, IHttpClientFactory http, ChatUrls urls, ProgrammeNews news, Mailer mailer, LinkBuilder links,
    IOptions<ThriveOptions> options, ILogger<ChatPass> log)
{
    private const int Batch = 50;

    /// <summary>How long the delivery log keeps a message.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(30);

    public sealed record Outcome(int Claimed, int Delivered);

    public async Task<Outcome> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        await news.WriteAsync(now, ct);
        var due = await db.ChatMessages.AsNoTracking()
            .Where(m => m.Status == ChatMessageStatus.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .Join(db.ChatConnections.Where(c => c.Enabled), m => m.ConnectionId, c => c.Id, (m, c) => m)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Select(m => m.Id).Take(Batch).ToListAsync(ct);
        await db.ChatMessages.Where(m => m.CreatedAt < now - KeepFor && m.Status != ChatMessageStatus.Pending).ExecuteDeleteAsync(ct);
        if (due.Count == 0) return new(0, 0);
        var claim = Guid.NewGuid();
        var o = options.Value.Webhooks;
        var lease = now.AddSeconds(Math.Max(o.LeaseSeconds, o.TimeoutSeconds * 2));
        await db.ChatMessages.Where(m => due.Contains(m.Id) && m.Status == ChatMessageStatus.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ClaimId, claim).SetProperty(m => m.LeaseUntil, lease), ct);
        var claimed = (await db.ChatMessages.AsNoTracking().Where(m => m.ClaimId == claim)
            .Join(db.ChatConnections, m => m.ConnectionId, c => c.Id, (m, c) => new { m.Id, m.Attempts, m.Payload, ConnectionId = c.Id, c.ProtectedUrl, c.Host, c.OwnerId, c.ProgrammeId })
            .OrderBy(c => c.Id).ToListAsync(ct))
            .Select(x => new Claimed(x.Id, x.Attempts, x.Payload, x.ConnectionId, x.ProtectedUrl, x.Host, x.OwnerId, x.ProgrammeId)).ToList();
        var sent = await Task.WhenAll(claimed.Select(c => SendAsync(c, ct)));
        foreach (var s in sent) await RecordAsync(s, claim, now, ct);
        var delivered = sent.Count(s => s.Succeeded);
        log.LogInformation("Chat pass: {Claimed} messages claimed, {Delivered} delivered", claimed.Count, delivered);
        return new(claimed.Count, delivered);
    }

    private sealed record Claimed(Guid Id, int Attempts, string Payload, Guid ConnectionId, string ProtectedUrl, string Host, Guid OwnerId, Guid? ProgrammeId);

    private sealed record Sent(Claimed Message, int? StatusCode, string Answer)
    {
        public bool Succeeded => StatusCode is >= 200 and < 300;
    }

    private async Task<Sent> SendAsync(Claimed c, CancellationToken ct)
    {
        if (urls.Unprotect(c.ProtectedUrl) is not { } url) return new(c, null, "The stored address can no longer be read (the installation's keys changed). Connect the chat again.");
        var timeoutSeconds = Math.Max(1, options.Value.Webhooks.TimeoutSeconds);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(c.Payload, Encoding.UTF8, "application/json") };
            using var response = await http.CreateClient(WebhookPass.Client).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var code = (int)response.StatusCode;
            var body = await WebhookPass.ReadStartAsync(response, ChatMessage.AnswerMax, timeout.Token);
            // The Location of a redirect may hold a secret of its own: only its host is kept.
            if (code is >= 300 and < 400) body = $"Redirect to {response.Headers.Location?.Host ?? "elsewhere"} not followed. Use the URL it points to.";
            return new(c, code, body);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new(c, null, $"No answer within {timeoutSeconds} seconds.");
        }
        catch (HttpRequestException e)
        {
            var refused = e.InnerException as WebhookRefusedException ?? e.InnerException?.InnerException as WebhookRefusedException;
            // The exception's text may quote the URL, which is a secret: only the host is named.
            return new(c, null, refused?.Message ?? $"Could not connect to {c.Host}.");
        }
    }

    private async Task RecordAsync(Sent s, Guid claim, DateTimeOffset now, CancellationToken ct)
    {
        var c = s.Message;
        var attempts = c.Attempts + 1;
        var answer = s.Answer.Length > ChatMessage.AnswerMax ? s.Answer[..ChatMessage.AnswerMax] : s.Answer;
        var mine = db.ChatMessages.Where(m => m.Id == c.Id && m.ClaimId == claim);
        if (s.Succeeded)
        {
            await mine.ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, ChatMessageStatus.Delivered).SetProperty(m => m.Attempts, attempts).SetProperty(m => m.DeliveredAt, now)
                .SetProperty(m => m.LastStatusCode, s.StatusCode).SetProperty(m => m.LastAnswer, answer).SetProperty(m => m.ClaimId, (Guid?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
            await db.ChatConnections.Where(x => x.Id == c.ConnectionId && x.FailedMessages != 0).ExecuteUpdateAsync(u => u.SetProperty(x => x.FailedMessages, 0), ct);
            return;
        }
        if (WebhookRetries.NextAfter(attempts, now) is { } next)
        {
            await mine.ExecuteUpdateAsync(u => u.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.LastStatusCode, s.StatusCode)
                .SetProperty(m => m.LastAnswer, answer).SetProperty(m => m.ClaimId, (Guid?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
            return;
        }
        var gaveUp = await mine.ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, ChatMessageStatus.Failed).SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastStatusCode, s.StatusCode)
            .SetProperty(m => m.LastAnswer, answer).SetProperty(m => m.ClaimId, (Guid?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct) == 1;
        if (!gaveUp) return;
        var reason = $"Turned off on {now:yyyy-MM-dd HH:mm} UTC after {ChatConnection.FailedMessagesMax} messages in a row failed every try.";
        // The one update that reaches the limit turns it off; only that instance writes the mail.
        var turnedOff = await db.ChatConnections.Where(x => x.Id == c.ConnectionId && x.Enabled && x.FailedMessages >= ChatConnection.FailedMessagesMax - 1)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.FailedMessages, x => x.FailedMessages + 1).SetProperty(x => x.Enabled, false)
                .SetProperty(x => x.DisabledAt, now).SetProperty(x => x.DisabledReason, reason), ct) == 1;
        if (!turnedOff)
        {
            await db.ChatConnections.Where(x => x.Id == c.ConnectionId).ExecuteUpdateAsync(u => u.SetProperty(x => x.FailedMessages, x => x.FailedMessages + 1), ct);
            return;
        }
        var to = await db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.Email).FirstOrDefaultAsync(ct);
        if (string.IsNullOrEmpty(to)) return;
        var page = links.Absolute(c.ProgrammeId is { } p ? $"/Programmes/{p}/Chat" : "/Account/Chat");
        await mailer.SendAsync(new OutgoingMail(to, "Your Thrive chat connection was turned off",
            $"Thrive turned off the chat connection that posts to {c.Host}: the last {ChatConnection.FailedMessagesMax} messages could not be delivered, "
            + $"each tried {WebhookRetries.MaxAttempts} times over about a day.{(c.ProgrammeId is null ? " Your reminders go by mail meanwhile." : "")}\n\n"
            + $"The delivery log shows each message's last answer. When the channel works again, turn it on again on this page (or connect a new URL there):\n{page}\n"), ct);
    }
}
