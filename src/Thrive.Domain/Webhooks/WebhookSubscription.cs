namespace Thrive.Domain.Webhooks;

/// <summary>
/// Where Thrive sends events, and which: a programme's (its coordinators choose, for the whole programme) or a person's
/// own (events about the pairs they are in). The secret signs every delivery as the Standard Webhooks specification
/// says; it is shown once, when made or rotated. After <see cref="FailedEventsMax"/> events in a row whose every
/// retry failed, the subscription is turned off and its owner told.
/// </summary>
public sealed class WebhookSubscription
{
    public const string SecretPrefix = "whsec_";
    public const int DescriptionMax = 100;
    public const int FailedEventsMax = 5;

    /// <summary>Subscriptions one programme, or one person, may have.</summary>
    public const int PerOwnerMax = 10;

    private WebhookSubscription() { Url = ""; Secret = ""; Description = ""; }

    public Guid Id { get; private set; }

    /// <summary>The programme whose events it gets; null for a person's own subscription.</summary>
    public Guid? ProgrammeId { get; private set; }

    /// <summary>Who made it: the person whose subscription it is, or the coordinator who made the programme's (told when it is turned off).</summary>
    public Guid OwnerId { get; private set; }
    public string Description { get; private set; }
    public string Url { get; private set; }
    public WebhookEventType Events { get; private set; }
    public string Secret { get; private set; }
    public bool Enabled { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Events in a row whose every retry failed; a delivered event sets it back to 0.</summary>
    public int FailedEvents { get; private set; }
    public DateTimeOffset? DisabledAt { get; private set; }

    /// <summary>Why it is off: null while on, or turned off by hand.</summary>
    public string? DisabledReason { get; private set; }

    public bool IsProgrammes => ProgrammeId is not null;

    /// <param name="secret">A new secret from <see cref="NewSecret"/>.</param>
    public static Result<WebhookSubscription> Create(Guid? programmeId, Guid ownerId, string? description, Uri url, WebhookEventType events, string secret, int existing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(url);
        var v = new Validate().MaxLength("Description", description, "Description", DescriptionMax)
            .That((events & WebhookEventTypes.Every) != WebhookEventType.None, "Events", "Choose at least one event.");
        if (!v.Ok) return Result<WebhookSubscription>.Fail(v.Errors);
        if (existing >= PerOwnerMax)
            return Error.Conflict($"There are already {PerOwnerMax} webhooks here, the most allowed. Delete one you no longer use first.", code: "too_many_webhooks");
        return new WebhookSubscription
        {
            Id = Guid.NewGuid(), ProgrammeId = programmeId, OwnerId = ownerId, Description = description?.Trim() ?? "", Url = url.AbsoluteUri,
            Events = events & WebhookEventTypes.Every, Secret = secret, Enabled = true, CreatedAt = now,
        };
    }

    /// <summary>A secret in the Standard Webhooks format: <c>whsec_</c> and the base64 of 32 random bytes.</summary>
    public static string NewSecret(byte[] randomBytes)
    {
        ArgumentNullException.ThrowIfNull(randomBytes);
        if (randomBytes.Length < 24) throw new ArgumentException("At least 24 random bytes.", nameof(randomBytes));
        return SecretPrefix + Convert.ToBase64String(randomBytes);
    }

    public bool Wants(WebhookEventType type) => Enabled && (Events & type) != 0;

    public void RotateSecret(string secret) => Secret = secret;

    /// <summary>Turned on again: the failure count starts over.</summary>
    public void Enable()
    {
        Enabled = true;
        FailedEvents = 0;
        DisabledAt = null;
        DisabledReason = null;
    }

    public void Disable(DateTimeOffset now, string? reason = null)
    {
        if (!Enabled) return;
        Enabled = false;
        DisabledAt = now;
        DisabledReason = reason;
    }

    /// <summary>The hint shown in lists: the secret's last characters.</summary>
    public string SecretHint => Secret.Length > 4 ? SecretPrefix + "…" + Secret[^4..] : "";
}
