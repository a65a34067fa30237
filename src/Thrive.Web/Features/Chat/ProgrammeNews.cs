using System.Globalization;

namespace Thrive.Web.Features.Chat;

/// <summary>
/// A programme's news for its chat channel, as things happen (<see cref="AddForEventAsync"/>: a pair confirmed, a group
/// created, a pair turned at risk, from the webhook outbox) and once a week. The weekly news is written once per ISO week (on the first pass from Monday
/// <see cref="NewsHourUtc"/>:00 UTC; the key makes it once across instances): pairs confirmed in the last seven days,
/// groups created, pairs at risk and applications waiting. Counts and the names of public things (the programme,
/// its groups) only: never a person's words, and no pair by name (a pair at risk is the coordinators' business).
/// </summary>
public sealed class ProgrammeNews(ThriveDbContext db, Health.PairHealthReader health, ChatOutbox outbox, LinkBuilder links)
{
    public const int NewsHourUtc = 8;

    /// <summary>The events a programme's channel hears about as they happen.</summary>
    public const WebhookEventType Told = WebhookEventType.PairConfirmed | WebhookEventType.GroupCreated | WebhookEventType.PairAtRisk;

    /// <summary>
    /// Adds (without saving) the message for an event to the programme channel's outbox, in the save that dispatches the
    /// event: the dispatch is claimed by one instance only, and the key (the event's id) is unique per connection. A new
    /// pair is named by the two first names (the channel is its coordinators'); a group by its name; a pair at risk is
    /// never named, only counted. Nothing anyone wrote.
    /// </summary>
    public async Task<bool> AddForEventAsync(WebhookEvent e, string programmeName, Guid? mentorId, Guid? menteeId, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        if ((e.Type & Told) == 0) return false;
        var c = await db.ChatConnections.AsNoTracking().Where(x => x.ProgrammeId == e.ProgrammeId && x.Enabled).Select(x => new { x.Id, x.Tool }).FirstOrDefaultAsync(ct);
        if (c is null) return false;
        var p = e.ProgrammeId;
        ChatNote? note = null;
        if (e.Type == WebhookEventType.PairConfirmed && mentorId is { } mentor && menteeId is { } mentee)
        {
            var names = await db.Users.AsNoTracking().Where(u => u.Id == mentor || u.Id == mentee).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => FirstName(u.DisplayName), ct);
            note = new($"{programmeName}: a new pair", [$"{names.GetValueOrDefault(mentor, "A mentor")} (mentor) and {names.GetValueOrDefault(mentee, "a mentee")} (mentee) are now a confirmed pair."],
                links.Absolute($"/Programmes/{p}"), "Open the programme");
        }
        else if (e.Type == WebhookEventType.GroupCreated)
        {
            var group = await db.Groups.AsNoTracking().Where(g => g.Id == e.ItemId).Select(g => g.Name).FirstOrDefaultAsync(ct);
            if (group is not null) note = new($"{programmeName}: a new group", [$"{group} was created."], links.Absolute($"/Groups/{e.ItemId}"), "Open the group");
        }
        else if (e.Type == WebhookEventType.PairAtRisk)
        {
            var atRisk = (await health.ForAsync([p], now, DateOnly.FromDateTime(now.UtcDateTime), ct)).Count(r => r.Status == HealthStatus.AtRisk);
            note = new($"{programmeName}: a pair is at risk", [$"A pair turned at risk on cohort health. Pairs at risk now: {Math.Max(1, atRisk)}"],
                links.Absolute($"/Programmes/{p}/Health"), "Open cohort health");
        }
        if (note is null) return false;
        db.ChatMessages.Add(ChatOutbox.New(c.Id, c.Tool, $"event:{e.Id:N}", note, now));
        return true;
    }

    /// <summary>The first word of a display name.</summary>
    public static string FirstName(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        var name = displayName.Trim();
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? name[..space] : name;
    }

    public async Task<int> WriteAsync(DateTimeOffset now, CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        if (day == monday && now.UtcDateTime.Hour < NewsHourUtc) return 0;
        var key = $"news:{ISOWeek.GetYear(now.UtcDateTime)}-W{ISOWeek.GetWeekOfYear(now.UtcDateTime):00}";
        var all = await db.ChatConnections.AsNoTracking().Where(c => c.Enabled && c.ProgrammeId != null)
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.Tool, c.ProgrammeId }).Take(500).ToListAsync(ct);
        var ids = all.Select(c => c.Id).ToList();
        var done = (await db.ChatMessages.AsNoTracking().Where(m => ids.Contains(m.ConnectionId) && m.Key == key).Select(m => m.ConnectionId).ToListAsync(ct)).ToHashSet();
        var connections = all.Where(c => !done.Contains(c.Id)).Select(c => new { c.Id, c.Tool, ProgrammeId = c.ProgrammeId!.Value }).ToList();
        if (connections.Count == 0) return 0;
        var programmes = connections.Select(c => c.ProgrammeId).Distinct().ToList();
        var since = now.AddDays(-7);
        var names = await db.Programmes.AsNoTracking().Where(p => programmes.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var confirmed = await db.Pairs.AsNoTracking().Where(p => programmes.Contains(p.ProgrammeId) && p.ActivatedAt >= since && p.ActivatedAt <= now)
            .GroupBy(p => p.ProgrammeId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, ct);
        var groups = (await db.Groups.AsNoTracking().Where(g => g.ProgrammeId != null && programmes.Contains(g.ProgrammeId.Value) && g.CreatedAt >= since && g.CreatedAt <= now)
            .OrderBy(g => g.Name).Select(g => new { ProgrammeId = g.ProgrammeId!.Value, g.Name }).Take(200).ToListAsync(ct)).ToLookup(g => g.ProgrammeId, g => g.Name);
        var waiting = await db.Participants.AsNoTracking().Where(p => programmes.Contains(p.ProgrammeId) && p.Status == ApplicationStatus.Applied && p.Role != ParticipantRole.Coordinator)
            .GroupBy(p => p.ProgrammeId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, ct);
        var atRisk = (await health.ForAsync(programmes, now, day, ct)).Where(r => r.Status == HealthStatus.AtRisk).GroupBy(r => r.ProgrammeId).ToDictionary(g => g.Key, g => g.Count());
        var written = 0;
        foreach (var c in connections)
        {
            var p = c.ProgrammeId;
            var made = groups[p].ToList();
            var note = new ChatNote($"{names.GetValueOrDefault(p, "Your programme")}: the week in Thrive",
            [
                $"Pairs confirmed in the last seven days: {confirmed.GetValueOrDefault(p)}",
                made.Count == 0 ? "Groups created: none" : $"Groups created: {made.Count} ({string.Join(", ", made.Take(10))}{(made.Count > 10 ? ", …" : "")})",
                $"Pairs at risk: {atRisk.GetValueOrDefault(p)}",
                $"Applications waiting: {waiting.GetValueOrDefault(p)}",
            ], links.Absolute($"/Programmes/{p}/Health"), "Open cohort health");
            if (await outbox.AddAsync(c.Id, c.Tool, key, note, now, ct)) written++;
        }
        return written;
    }
}
