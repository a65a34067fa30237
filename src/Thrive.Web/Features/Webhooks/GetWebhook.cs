namespace Thrive.Web.Features.Webhooks;

/// <summary>One webhook and its delivery log: the newest deliveries, each with every try's status code, time taken and the start of the answer.</summary>
public static class GetWebhook
{
    /// <summary>Deliveries shown in the log, newest first.</summary>
    public const int LogSize = 30;

    public sealed record Attempt(DateTimeOffset At, int? StatusCode, int DurationMs, string Response, bool Succeeded);

    public sealed record Delivery(Guid Id, string MessageId, string Event, DateTimeOffset OccurredAt, WebhookDeliveryStatus Status, int Attempts,
        DateTimeOffset? NextAttemptAt, IReadOnlyList<Attempt> Tries);

    public sealed record View(Guid Id, Guid? ProgrammeId, string Url, string Description, IReadOnlyList<string> Events, bool Enabled,
        DateTimeOffset? DisabledAt, string? DisabledReason, int FailedEvents, string SecretHint, DateTimeOffset CreatedAt, IReadOnlyList<Delivery> Deliveries);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid webhookId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Webhook.Manage, webhookId, ct)).Denied is { } denied) return denied;
            var w = await db.WebhookSubscriptions.AsNoTracking().FirstAsync(x => x.Id == webhookId, ct);
            var deliveries = await db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == webhookId)
                .Join(db.WebhookEvents, d => d.EventId, e => e.Id, (d, e) => new { d.Id, d.MessageId, e.Type, e.OccurredAt, d.Status, d.Attempts, d.NextAttemptAt, d.CreatedAt })
                .OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id).Take(LogSize).ToListAsync(ct);
            var ids = deliveries.Select(d => d.Id).ToList();
            var tries = (await db.WebhookAttempts.AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).OrderBy(a => a.At).ThenBy(a => a.Id)
                .Select(a => new { a.DeliveryId, a.At, a.StatusCode, a.DurationMs, a.Response, a.Succeeded }).ToListAsync(ct))
                .ToLookup(a => a.DeliveryId, a => new Attempt(a.At, a.StatusCode, a.DurationMs, a.Response, a.Succeeded));
            return new View(w.Id, w.ProgrammeId, w.Url, w.Description, ListWebhooks.Names(w.Events), w.Enabled, w.DisabledAt, w.DisabledReason, w.FailedEvents,
                w.SecretHint, w.CreatedAt,
                deliveries.Select(d => new Delivery(d.Id, d.MessageId, WebhookEventTypes.NameOf(d.Type), d.OccurredAt, d.Status, d.Attempts,
                    d.Status == WebhookDeliveryStatus.Pending ? d.NextAttemptAt : null, tries[d.Id].ToList())).ToList());
        }
    }
}
