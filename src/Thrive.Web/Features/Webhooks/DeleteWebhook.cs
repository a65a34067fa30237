namespace Thrive.Web.Features.Webhooks;

/// <summary>Deletes a webhook with its delivery log.</summary>
public static class DeleteWebhook
{
    public sealed class Handler(ThriveDbContext db, Access access, AuditLog audit)
    {
        /// <summary>The programme it belonged to (null for a person's own), to go back to.</summary>
        public async Task<Result<Guid?>> HandleAsync(Actor actor, Guid webhookId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Webhook.Manage, webhookId, ct);
            if (grant.Denied is { } denied) return denied;
            var w = await db.WebhookSubscriptions.FirstAsync(x => x.Id == webhookId, ct);
            db.WebhookSubscriptions.Remove(w);
            ChangeWebhook.Record(audit, actor, AuditActions.WebhookDeleted, w);
            await db.SaveChangesAsync(ct);
            return grant.ProgrammeId == Guid.Empty ? (Guid?)null : grant.ProgrammeId;
        }
    }
}
