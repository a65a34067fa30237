namespace Thrive.Domain.Webhooks;

public enum WebhookDeliveryStatus { Pending, Delivered, Failed }

/// <summary>
/// One event for one subscription. Its <see cref="MessageId"/> is the <c>webhook-id</c> header: the same on every
/// retry and on a redelivery by hand, so that a receiver can drop what it already has (the idempotency key). An
/// instance claims a delivery with an atomic update of <see cref="ClaimId"/> and <see cref="LeaseUntil"/>; the claim's
/// holder alone writes the outcome.
/// </summary>
public sealed class WebhookDelivery
{
    private WebhookDelivery() { MessageId = ""; }

    public Guid Id { get; private set; }
    public Guid EventId { get; private set; }
    public Guid SubscriptionId { get; private set; }
    public string MessageId { get; private set; }
    public WebhookDeliveryStatus Status { get; private set; }

    /// <summary>Tries so far in the current round (a redelivery by hand starts a new round).</summary>
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public Guid? ClaimId { get; private set; }
    public DateTimeOffset? LeaseUntil { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }

    public static WebhookDelivery For(Guid eventId, Guid subscriptionId, DateTimeOffset now)
    {
        var id = Guid.NewGuid();
        return new()
        {
            Id = id, EventId = eventId, SubscriptionId = subscriptionId, MessageId = "msg_" + id.ToString("N"),
            Status = WebhookDeliveryStatus.Pending, NextAttemptAt = now, CreatedAt = now,
        };
    }
}

/// <summary>One try of a delivery, for the subscription's log: the answer's status code, how long it took, the start of its body.</summary>
public sealed class WebhookAttempt
{
    public const int ResponseMax = 500;

    private WebhookAttempt() { Response = ""; }

    public Guid Id { get; private set; }
    public Guid DeliveryId { get; private set; }
    public Guid SubscriptionId { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>The HTTP status code, or null when no answer came (time-out, refused address, connection failed).</summary>
    public int? StatusCode { get; private set; }
    public int DurationMs { get; private set; }

    /// <summary>The first <see cref="ResponseMax"/> characters of the answer, or why there was none.</summary>
    public string Response { get; private set; }
    public bool Succeeded { get; private set; }

    public static WebhookAttempt Of(Guid deliveryId, Guid subscriptionId, DateTimeOffset at, int? statusCode, TimeSpan duration, string? response) => new()
    {
        Id = Guid.NewGuid(), DeliveryId = deliveryId, SubscriptionId = subscriptionId, At = at, StatusCode = statusCode,
        DurationMs = (int)Math.Min(int.MaxValue, Math.Max(0, duration.TotalMilliseconds)),
        Response = Truncate(response ?? ""), Succeeded = statusCode is >= 200 and < 300,
    };

    private static string Truncate(string text) => text.Length <= ResponseMax ? text : text[..ResponseMax];
}

/// <summary>When to try again: after 5 s, 5 min, 30 min, 2 h, 5 h and 10 h (the seventh try is about 17½ hours after the first); then the event has failed.</summary>
public static class WebhookRetries
{
    public static IReadOnlyList<TimeSpan> Delays { get; } =
        [TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10)];

    public static int MaxAttempts => Delays.Count + 1;

    /// <summary>The next try after <paramref name="attemptsMade"/> failed tries, or null when none is left.</summary>
    public static DateTimeOffset? NextAfter(int attemptsMade, DateTimeOffset now) =>
        attemptsMade >= 1 && attemptsMade <= Delays.Count ? now + Delays[attemptsMade - 1] : null;
}
