namespace Thrive.Persistence;

/// <summary>
/// When a person last opened their activity feed: what their partners did after it is unread. One row per person,
/// written on their first visit (a table of its own, so that the accounts table keeps the columns of every Thrive).
/// </summary>
public sealed class ActivityRead
{
    public Guid UserId { get; set; }
    public DateTimeOffset SeenAt { get; set; }
}
