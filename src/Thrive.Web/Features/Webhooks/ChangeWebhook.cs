namespace Thrive.Web.Features.Webhooks;

/// <summary>
/// What changing a webhook shares: only its owner (a programme's: its coordinators) may, the change is made to the
/// loaded subscription and saved with its audit entry (<paramref name="audit"/> names the webhook by its host only:
/// some receivers keep a secret in the URL's path or query).
/// </summary>
public sealed class ChangeWebhook(ThriveDbContext db, Access access, AuditLog audit)
{
    public async Task<Result<T>> ApplyAsync<T>(Actor actor, Guid webhookId, Func<WebhookSubscription, Result<T>> change, Func<WebhookSubscription, string> action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(action);
        if ((await access.CheckAsync(actor, Policy.Webhook.Manage, webhookId, ct)).Denied is { } denied) return denied;
        var w = await db.WebhookSubscriptions.FirstAsync(x => x.Id == webhookId, ct);
        var r = change(w);
        if (!r.Succeeded) return r;
        Record(audit, actor, action(w), w);
        await db.SaveChangesAsync(ct);
        return r;
    }

    /// <summary>An audit entry for <paramref name="w"/>: its description (or host) as the subject, the host as the detail.</summary>
    public static void Record(AuditLog audit, Actor actor, string action, WebhookSubscription w)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(w);
        var host = Uri.TryCreate(w.Url, UriKind.Absolute, out var u) ? u.Host : "";
        audit.Record(actor, action, w.Id, w.Description.Length > 0 ? w.Description : host, w.ProgrammeId, host);
    }
}
