namespace Thrive.Web.Features.Webhooks;

/// <summary>
/// Sends a delivery again by hand, with the same webhook-id (the receiver can tell it already has it): a new round of
/// tries starts now, whatever became of the last one.
/// </summary>
public static class RedeliverWebhook
{
    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid webhookId, Guid deliveryId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Webhook.Manage, webhookId, ct)).Denied is { } denied) return denied;
            var now = reader.UtcNow;
            var n = await db.WebhookDeliveries.Where(d => d.Id == deliveryId && d.SubscriptionId == webhookId && (d.LeaseUntil == null || d.LeaseUntil < now))
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, WebhookDeliveryStatus.Pending).SetProperty(d => d.Attempts, 0)
                    .SetProperty(d => d.NextAttemptAt, now).SetProperty(d => d.ClaimId, (Guid?)null).SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), ct);
            if (n == 1) return Result.Ok();
            return await db.WebhookDeliveries.AnyAsync(d => d.Id == deliveryId && d.SubscriptionId == webhookId, ct)
                ? Error.Conflict("This delivery is being sent right now. Look again in a moment.", code: "in_flight")
                : Error.NotFound("The delivery");
        }
    }
}
