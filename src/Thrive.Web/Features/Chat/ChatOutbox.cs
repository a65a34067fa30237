namespace Thrive.Web.Features.Chat;

/// <summary>
/// Writes a message to a connection's outbox, in that tool's format; the delivery pass sends it. The key is unique per
/// connection, so a message that two instances both decide to write is written once.
/// </summary>
public sealed class ChatOutbox(ThriveDbContext db)
{
    public async Task<bool> AddAsync(Guid connectionId, ChatTool tool, string key, ChatNote note, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(note);
        return await db.InsertOnceAsync(New(connectionId, tool, key, note, now), ct);
    }

    public static ChatMessage New(Guid connectionId, ChatTool tool, string key, ChatNote note, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), ConnectionId = connectionId, Key = key.Length > ChatMessage.KeyMax ? key[..ChatMessage.KeyMax] : key,
        Title = note.Title.Length > ChatMessage.TitleMax ? note.Title[..ChatMessage.TitleMax] : note.Title,
        Payload = ChatPayloads.Write(tool, note), Status = ChatMessageStatus.Pending, CreatedAt = now, NextAttemptAt = now,
    };
}
