namespace Thrive.Persistence;

/// <summary>
/// One reminder message, by its idempotency key (unique). An instance claims a key by inserting the row, sends,
/// then stamps <see cref="SentAt"/>. A claim left unsent past its lease (a crash mid-send) may be claimed again.
/// </summary>
public sealed class ReminderDelivery
{
    public const int KeyMax = 200;

    public Guid Id { get; set; }
    public string Key { get; set; } = "";
    public string Kind { get; set; } = "";
    public Guid UserId { get; set; }
    /// <summary>Who holds the claim: a random value per claim, so that only its holder stamps it sent.</summary>
    public Guid ClaimId { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
}
