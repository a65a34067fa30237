namespace Thrive.Web.Features.Webhooks;

/// <summary>
/// Writes a "pair.at_risk" event for each active pair that cohort health finds at risk, once per spell (until a session
/// is held again): only in programmes where some enabled webhook wants the event (the programme's own, or a pair member's
/// personal one) or whose Slack or Teams channel is connected, and at most every Thrive:Webhooks:AtRiskCheckMinutes per instance. Several instances may check at
/// once: the event's id is made from the pair and its spell, so the second insert is refused by the key.
/// </summary>
public sealed class AtRiskEvents(ThriveDbContext db, Health.PairHealthReader health, IOptions<ThriveOptions> options, ILogger<AtRiskEvents> log, AtRiskEvents.LastCheck last)
{
    /// <summary>When this instance last checked.</summary>
    public sealed class LastCheck
    {
        private long ticks = DateTimeOffset.MinValue.UtcTicks;

        /// <summary>True (and the time kept) when <paramref name="now"/> is at least <paramref name="every"/> after the last check.</summary>
        public bool Due(DateTimeOffset now, TimeSpan every)
        {
            var before = Interlocked.Read(ref ticks);
            return now.UtcTicks - before >= every.Ticks && Interlocked.CompareExchange(ref ticks, now.UtcTicks, before) == before;
        }
    }

    public async Task<int> RaiseAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (!last.Due(now, TimeSpan.FromMinutes(Math.Max(1, options.Value.Webhooks.AtRiskCheckMinutes)))) return 0;
        var wanting = (await db.WebhookSubscriptions.AsNoTracking().Where(w => w.Enabled).Select(w => new { w.ProgrammeId, w.OwnerId, w.Events }).ToListAsync(ct))
            .Where(w => (w.Events & WebhookEventType.PairAtRisk) != 0).ToList();
        // A programme's Slack or Teams channel hears of pairs at risk too (Chat.ProgrammeNews).
        var channels = await db.ChatConnections.AsNoTracking().Where(c => c.Enabled && c.ProgrammeId != null).Select(c => c.ProgrammeId!.Value).Distinct().ToListAsync(ct);
        if (wanting.Count == 0 && channels.Count == 0) return 0;
        var owners = wanting.Where(w => w.ProgrammeId is null).Select(w => w.OwnerId).Distinct().ToList();
        var programmes = wanting.Where(w => w.ProgrammeId is not null).Select(w => w.ProgrammeId!.Value).ToList();
        if (owners.Count > 0)
            programmes.AddRange(await db.Pairs.Where(p => p.State == PairState.Active && (owners.Contains(p.MentorId) || owners.Contains(p.MenteeId)))
                .Select(p => p.ProgrammeId).Distinct().ToListAsync(ct));
        programmes = programmes.Concat(channels).Distinct().ToList();
        var rows = (await health.ForAsync(programmes, now, DateOnly.FromDateTime(now.UtcDateTime), ct)).Where(r => r.Status == HealthStatus.AtRisk).ToList();
        if (rows.Count == 0) return 0;
        var events = rows.Select(r => WebhookEvent.ForPairAtRisk(r.ProgrammeId, r.PairId,
            DateOnly.FromDateTime((r.LastHeld is { } h && h > r.ActivatedAt ? h : r.ActivatedAt).UtcDateTime), now)).ToList();
        var ids = events.Select(e => e.Id).ToList();
        var known = (await db.WebhookEvents.Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct)).ToHashSet();
        var raised = 0;
        foreach (var e in events.Where(e => !known.Contains(e.Id)))
        {
            db.WebhookEvents.Add(e);
            try
            {
                await db.SaveChangesAsync(ct);
                raised++;
            }
            catch (DbUpdateException x) when (x.IsUniqueKeyViolation())
            {
                // Another instance wrote this spell's event first.
            }
            finally
            {
                db.Entry(e).State = EntityState.Detached;
            }
        }
        if (raised > 0) log.LogInformation("{Count} pairs newly at risk: events written for their webhooks", raised);
        return raised;
    }
}
