namespace Thrive.Domain.Webhooks;

/// <summary>What happened, as a subscription chooses it. Flags, so that a subscription keeps its choice in one number.</summary>
[Flags]
public enum WebhookEventType
{
    None = 0,
    PairProposed = 1 << 0,
    PairConfirmed = 1 << 1,
    PairCompleted = 1 << 2,
    SessionScheduled = 1 << 3,
    SessionMoved = 1 << 4,
    SessionCancelled = 1 << 5,
    SessionHeld = 1 << 6,
    GoalAchieved = 1 << 7,
    FeedbackGiven = 1 << 8,
    PairAtRisk = 1 << 9,
    GroupCreated = 1 << 10,
}

/// <summary>The event types by their names on the wire (<c>pair.proposed</c>), in the order the pages list them.</summary>
public static class WebhookEventTypes
{
    public static IReadOnlyList<(WebhookEventType Type, string Name, string Label)> All { get; } =
    [
        (WebhookEventType.PairProposed, "pair.proposed", "A pair is proposed"),
        (WebhookEventType.PairConfirmed, "pair.confirmed", "A pair is confirmed"),
        (WebhookEventType.PairCompleted, "pair.completed", "A pair is completed"),
        (WebhookEventType.SessionScheduled, "session.scheduled", "A session is scheduled"),
        (WebhookEventType.SessionMoved, "session.moved", "A session is moved"),
        (WebhookEventType.SessionCancelled, "session.cancelled", "A session is cancelled"),
        (WebhookEventType.SessionHeld, "session.held", "A session is held"),
        (WebhookEventType.GoalAchieved, "goal.achieved", "A goal is achieved"),
        (WebhookEventType.FeedbackGiven, "feedback.given", "Feedback is given (never its text)"),
        (WebhookEventType.PairAtRisk, "pair.at_risk", "A pair becomes at risk on cohort health"),
        (WebhookEventType.GroupCreated, "group.created", "A group is created in the programme"),
    ];

    public static WebhookEventType Every { get; } = All.Aggregate(WebhookEventType.None, (a, t) => a | t.Type);

    public static string NameOf(WebhookEventType type) => All.First(t => t.Type == type).Name;

    public static WebhookEventType? Parse(string? name) => All.Where(t => t.Name == name?.Trim()).Select(t => (WebhookEventType?)t.Type).FirstOrDefault();

    /// <summary>The single types a choice holds, in list order.</summary>
    public static IReadOnlyList<WebhookEventType> Split(WebhookEventType choice) => All.Where(t => (choice & t.Type) != 0).Select(t => t.Type).ToList();
}
