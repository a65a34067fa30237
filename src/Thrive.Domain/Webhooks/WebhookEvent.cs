using Thrive.Domain.Goals;
using Thrive.Domain.Pairs;
using Thrive.Domain.Relationship;
using Thrive.Domain.Sessions;

namespace Thrive.Domain.Webhooks;

/// <summary>
/// Something that happened, written in the same save as the change itself (an outbox row), so that no event is lost
/// and none is sent for a change that was not saved. It keeps ids and times only: the delivery pass builds the small
/// payload from them and fans the event out to the subscriptions that want it. Never any text a person wrote.
/// </summary>
public sealed class WebhookEvent
{
    private WebhookEvent() { }

    public Guid Id { get; private set; }
    public WebhookEventType Type { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid? PairId { get; private set; }

    /// <summary>The session, goal, feedback or group the event is about (the pair itself for pair events).</summary>
    public Guid ItemId { get; private set; }

    /// <summary>The person whose goal it is, for goal events (the pair is found when the event is sent).</summary>
    public Guid? PersonId { get; private set; }
    public DateTimeOffset? StartsAt { get; private set; }
    public DateTimeOffset? PreviousStartsAt { get; private set; }

    /// <summary>The body sent to every subscription, fixed when the event is first dispatched (so retries send the same bytes).</summary>
    public string? Payload { get; private set; }

    /// <summary>When the pass made the event's deliveries; null while it waits in the outbox.</summary>
    public DateTimeOffset? DispatchedAt { get; private set; }

    public static WebhookEvent ForPair(WebhookEventType type, Pair pair, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return new() { Id = Guid.NewGuid(), Type = type, OccurredAt = now, ProgrammeId = pair.ProgrammeId, PairId = pair.Id, ItemId = pair.Id };
    }

    /// <summary>
    /// A pair found at risk, once per spell: the id is made from the pair and the day of its last held session (or its
    /// start), so a second instance, or a later check in the same spell, writes the same row and is refused by the key.
    /// </summary>
    public static WebhookEvent ForPairAtRisk(Guid programmeId, Guid pairId, DateOnly spell, DateTimeOffset now) => new()
    {
        Id = SpellId(pairId, spell), Type = WebhookEventType.PairAtRisk, OccurredAt = now, ProgrammeId = programmeId, PairId = pairId, ItemId = pairId,
    };

    /// <summary>The at-risk event's id for a pair's spell: a name-based id (SHA-256 of the pair and the day, version 8 bits set).</summary>
    public static Guid SpellId(Guid pairId, DateOnly spell)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            $"pair.at_risk:{pairId:N}:{spell.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8 (custom), in Guid's little-endian layout
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    public static WebhookEvent ForSession(WebhookEventType type, Guid programmeId, MentoringSession session, DateTimeOffset now, DateTimeOffset? previousStart = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new()
        {
            Id = Guid.NewGuid(), Type = type, OccurredAt = now, ProgrammeId = programmeId, PairId = session.PairId, ItemId = session.Id,
            StartsAt = session.StartUtc, PreviousStartsAt = previousStart,
        };
    }

    public static WebhookEvent ForGoal(Goal goal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return new() { Id = Guid.NewGuid(), Type = WebhookEventType.GoalAchieved, OccurredAt = now, ProgrammeId = goal.ProgrammeId, ItemId = goal.Id, PersonId = goal.OwnerId };
    }

    /// <summary>A group created in a programme (community groups belong to no programme and raise none).</summary>
    public static WebhookEvent ForGroup(Guid programmeId, Guid groupId, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), Type = WebhookEventType.GroupCreated, OccurredAt = now, ProgrammeId = programmeId, ItemId = groupId };

    public static WebhookEvent ForFeedback(Guid programmeId, Feedback feedback, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        return new() { Id = Guid.NewGuid(), Type = WebhookEventType.FeedbackGiven, OccurredAt = now, ProgrammeId = programmeId, PairId = feedback.PairId, ItemId = feedback.Id };
    }
}
