namespace Thrive.Web.Features.Webhooks;

/// <summary>
/// What changing a webhook shares: only its owner (a programme's: its coordinators) may, the change is made to the
/// loaded subscription and saved.
/// </summary>
public sealed class ChangeWebhook(ThriveDbContext db, Access access)
{
    public async Task<Result<T>> ApplyAsync<T>(Actor actor, Guid webhookId, Func<WebhookSubscription, Result<T>> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        if ((await access.CheckAsync(actor, Policy.Webhook.Manage, webhookId, ct)).Denied is { } denied) return denied;
        var w = await db.WebhookSubscriptions.FirstAsync(x => x.Id == webhookId, ct);
        var r = change(w);
        if (r.Succeeded) await db.SaveChangesAsync(ct);
        return r;
    }
}
