namespace Thrive.Web.Features.Chat;

/// <summary>
/// The reminder pass's turn to the chat: each claimed reminder whose reader connected Slack or Teams and chose its kind
/// is written to their chat outbox under the reminder's own key (so once, whichever instance claimed it). The reminder
/// pass has already claimed each key exactly once, so nothing here waits on the chat: the chat pass posts it later.
/// </summary>
public sealed class ChatReminders(ThriveDbContext db, ChatOutbox outbox, IOptions<ThriveOptions> options)
{
    public sealed record Claimed(string Key, ReminderKind Kind, Guid UserId, OutgoingMail Mail);

    /// <summary>The keys that go to the chat instead of mail.</summary>
    public async Task<IReadOnlySet<string>> PostAsync(IReadOnlyList<Claimed> claimed, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var instead = new HashSet<string>(StringComparer.Ordinal);
        if (claimed.Count == 0) return instead;
        var users = claimed.Select(c => c.UserId).Distinct().ToList();
        var connections = (await db.ChatConnections.AsNoTracking().Where(c => c.ProgrammeId == null && c.Enabled && users.Contains(c.OwnerId))
            .Select(c => new { c.Id, c.OwnerId, c.Tool, c.Kinds, c.InsteadOfMail }).ToListAsync(ct)).ToDictionary(c => c.OwnerId);
        var baseUrl = options.Value.PublicBaseUrl.AbsoluteUri.TrimEnd('/');
        foreach (var c in claimed)
        {
            if (!connections.TryGetValue(c.UserId, out var to) || !GetChat.KindsOf(to.Kinds).Contains(c.Kind)) continue;
            await outbox.AddAsync(to.Id, to.Tool, c.Key, ChatPayloads.FromMail(c.Mail, baseUrl), now, ct);
            if (to.InsteadOfMail) instead.Add(c.Key);
        }
        return instead;
    }
}
