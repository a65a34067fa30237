using System.Text.Json;
using System.Text.Json.Serialization;

namespace Thrive.Web.Features.Webhooks;

/// <summary>
/// The body of every delivery: <c>{"type", "timestamp", "data"}</c> with ids, the programme's name and times only.
/// Never any text a person wrote (notes, agendas, feedback, wellbeing, reflections), and no person's name: a receiver
/// that needs names asks the API with its own token, so a deleted account's name lives on in no payload.
/// </summary>
public static class WebhookPayloads
{
    public sealed record Programme(Guid Id, string Name);

    public sealed record Data
    {
        public required Programme Programme { get; init; }
        public Guid? PairId { get; init; }
        public Guid? MentorId { get; init; }
        public Guid? MenteeId { get; init; }
        public Guid? SessionId { get; init; }
        public DateTimeOffset? StartsAt { get; init; }
        public DateTimeOffset? PreviousStartsAt { get; init; }
        public Guid? GoalId { get; init; }

        /// <summary>Whose goal it is.</summary>
        public Guid? OwnerId { get; init; }
        public Guid? FeedbackId { get; init; }
        public Guid? GroupId { get; init; }
    }

    public sealed record Body(string Type, DateTimeOffset Timestamp, Data Data);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The pair the event is about, as the pass found it.</summary>
    public sealed record PairIds(Guid Id, Guid MentorId, Guid MenteeId);

    public static string Write(WebhookEvent e, string programmeName, PairIds? pair)
    {
        ArgumentNullException.ThrowIfNull(e);
        var data = new Data
        {
            Programme = new(e.ProgrammeId, programmeName), PairId = pair?.Id, MentorId = pair?.MentorId, MenteeId = pair?.MenteeId,
            StartsAt = e.StartsAt, PreviousStartsAt = e.PreviousStartsAt,
        };
        data = e.Type switch
        {
            WebhookEventType.SessionScheduled or WebhookEventType.SessionMoved or WebhookEventType.SessionCancelled or WebhookEventType.SessionHeld => data with { SessionId = e.ItemId },
            WebhookEventType.GoalAchieved => data with { GoalId = e.ItemId, OwnerId = e.PersonId },
            WebhookEventType.FeedbackGiven => data with { FeedbackId = e.ItemId },
            WebhookEventType.GroupCreated => data with { GroupId = e.ItemId },
            _ => data,
        };
        return JsonSerializer.Serialize(new Body(WebhookEventTypes.NameOf(e.Type), e.OccurredAt, data), Json);
    }
}
