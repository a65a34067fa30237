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
        var row = New(connectionId, tool, key, note, now);
        db.ChatMessages.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
        {
            return false;
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }

    public static ChatMessage New(Guid connectionId, ChatTool tool, string key, ChatNote note, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), ConnectionId = connectionId, Key = key.Length > ChatMessage.KeyMax ? key[..ChatMessage.KeyMax] : key,
        Title = note.Title.Length > ChatMessage.TitleMax ? note.Title[..ChatMessage.TitleMax] : note.Title,
        Payload = ChatPayloads.Write(tool, note), Status = ChatMessageStatus.Pending, CreatedAt = now, NextAttemptAt = now,
    };
}
