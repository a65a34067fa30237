namespace Thrive.Persistence;

/// <summary>Which chat tool a connection posts to; each has its own message format.</summary>
public enum ChatTool
{
    Slack,
    Teams,
}

/// <summary>
/// An incoming-webhook URL of Slack or Microsoft Teams that Thrive posts to: a person's own (their chosen reminders and
/// the Monday digest) or a programme's channel (programme news, for its coordinators). The URL is itself the secret,
/// so it is kept protected by the data protection keys (<see cref="ProtectedUrl"/>) and shown by its host only.
/// After <see cref="FailedMessagesMax"/> messages in a row whose every try failed it is turned off and its owner told.
/// </summary>
public sealed class ChatConnection
{
    public const int FailedMessagesMax = 5;

    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }

    /// <summary>The programme whose news it gets; null for a person's own.</summary>
    public Guid? ProgrammeId { get; set; }
    public ChatTool Tool { get; set; }
    public string ProtectedUrl { get; set; } = "";

    /// <summary>The URL's host, the only part ever shown or written to the audit log.</summary>
    public string Host { get; set; } = "";

    /// <summary>The reminder kinds (by name, comma separated) that go to the chat; empty for a programme's channel.</summary>
    public string Kinds { get; set; } = "";

    /// <summary>The chosen reminders go to the chat only, not also by mail.</summary>
    public bool InsteadOfMail { get; set; }
    public bool Enabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int FailedMessages { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }
    public string? DisabledReason { get; set; }
}

public enum ChatMessageStatus
{
    Pending,
    Delivered,
    Failed,
}

/// <summary>
/// One message for one connection: the outbox row and its line in the delivery log. Its key is unique per connection
/// (a reminder's key, or a programme's week), so two instances that both decide to post it write one row.
/// </summary>
public sealed class ChatMessage
{
    public const int KeyMax = 200;
    public const int TitleMax = 200;
    public const int AnswerMax = 300;

    public Guid Id { get; set; }
    public Guid ConnectionId { get; set; }
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string Payload { get; set; } = "";
    public ChatMessageStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public Guid? ClaimId { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastAnswer { get; set; }
}
