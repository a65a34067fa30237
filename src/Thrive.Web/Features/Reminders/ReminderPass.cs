namespace Thrive.Web.Features.Reminders;

/// <summary>What one pass did: reminders due (after preferences), claimed here, and sent.</summary>
public sealed record ReminderPassResult(int Due, int Claimed, int Sent);

/// <summary>
/// One reminder pass at an instant: works out what is due, drops what people turned off and what was already sent,
/// claims each key by inserting its row (a unique violation means another instance has it), sends, then marks it sent.
/// A claim left unsent past the lease is taken over, so a crash mid-send is recovered (that one mail may then go twice;
/// every other path sends each key exactly once).
/// </summary>
public sealed class ReminderPass(ThriveDbContext db, DueReminders due, ReminderMail.Writer writer, Mailer mailer, IOptions<ThriveOptions> options,
    ILogger<ReminderPass> log, Chat.ChatReminders chat)
{
    private const int SendBatch = 10;

    public async Task<ReminderPassResult> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var all = await due.ComputeAsync(now, ct);
        if (all.Count == 0) return new(0, 0, 0);
        var users = all.Select(d => d.To.Id).Distinct().ToList();
        var off = (await db.ReminderOptOuts.AsNoTracking().Where(o => users.Contains(o.UserId)).Select(o => new { o.UserId, o.Kind }).ToListAsync(ct))
            .Select(o => (o.UserId, o.Kind)).ToHashSet();
        var wanted = all.Where(d => !off.Contains((d.To.Id, d.Kind))).DistinctBy(d => d.Key).ToList();
        var keys = wanted.Select(d => d.Key).ToList();
        var known = await db.ReminderDeliveries.AsNoTracking().Where(d => keys.Contains(d.Key))
            .Select(d => new { d.Key, d.SentAt, d.ClaimedAt }).ToDictionaryAsync(d => d.Key, ct);
        var expired = now.AddMinutes(-options.Value.Reminders.LeaseMinutes);

        var claimed = new List<(DueReminder Reminder, Guid ClaimId)>();
        foreach (var d in wanted)
        {
            var claimId = Guid.NewGuid();
            var ok = known.TryGetValue(d.Key, out var k)
                ? k.SentAt is null && k.ClaimedAt < expired && await TakeOverAsync(d.Key, claimId, expired, now, ct)
                : await ClaimAsync(d, claimId, now, ct);
            if (ok) claimed.Add((d, claimId));
        }

        // Each claimed reminder is written once; those its reader chose for Slack or Teams go to the chat outbox too (or instead).
        var mails = claimed.ToDictionary(c => c.Reminder.Key, c => c.Reminder.Write(writer), StringComparer.Ordinal);
        var chatOnly = await chat.PostAsync(claimed.Select(c => new Chat.ChatReminders.Claimed(c.Reminder.Key, c.Reminder.Kind, c.Reminder.To.Id, mails[c.Reminder.Key])).ToList(), now, ct);
        var sent = 0;
        foreach (var batch in claimed.Chunk(SendBatch))
        {
            var toMail = batch.Where(c => !chatOnly.Contains(c.Reminder.Key)).Select(c => mails[c.Reminder.Key]).ToList();
            if (toMail.Count > 0) await mailer.SendManyAsync(toMail, ct);
            // By key (the unique index finds the rows) and by claim (only the holder of each claim marks it).
            var batchKeys = batch.Select(c => c.Reminder.Key).ToList();
            var ids = batch.Select(c => c.ClaimId).ToList();
            sent += await db.ReminderDeliveries.Where(d => batchKeys.Contains(d.Key) && ids.Contains(d.ClaimId) && d.SentAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.SentAt, now), ct);
        }
        var ms = (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (claimed.Count > 0) log.LogInformation("Reminder pass: {Due} due, {Claimed} claimed, {Sent} sent in {Milliseconds} ms", wanted.Count, claimed.Count, sent, ms);
        else log.LogDebug("Reminder pass: {Due} due, nothing new, in {Milliseconds} ms", wanted.Count, ms);
        return new(wanted.Count, claimed.Count, sent);
    }

    /// <summary>Inserts the key's row; false when another instance inserted it first.</summary>
    private Task<bool> ClaimAsync(DueReminder d, Guid claimId, DateTimeOffset now, CancellationToken ct) =>
        db.InsertOnceAsync(new ReminderDelivery { Id = Guid.NewGuid(), Key = d.Key, Kind = d.Kind.ToString(), UserId = d.To.Id, ClaimId = claimId, ClaimedAt = now, Attempts = 1 }, ct);

    /// <summary>Takes over a claim whose lease ran out; the condition in the UPDATE lets only one instance win.</summary>
    private async Task<bool> TakeOverAsync(string key, Guid claimId, DateTimeOffset expired, DateTimeOffset now, CancellationToken ct) =>
        await db.ReminderDeliveries.Where(d => d.Key == key && d.SentAt == null && d.ClaimedAt < expired)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.ClaimId, claimId).SetProperty(d => d.ClaimedAt, now).SetProperty(d => d.Attempts, d => d.Attempts + 1), ct) == 1;
}
