namespace Thrive.Web.Features.Webhooks;

/// <summary>A new signing secret, shown once; the old one stops signing at once.</summary>
public static class RotateWebhookSecret
{
    public sealed class Handler(ChangeWebhook change)
    {
        public Task<Result<string>> HandleAsync(Actor actor, Guid webhookId, CancellationToken ct) =>
            change.ApplyAsync(actor, webhookId, w =>
            {
                var secret = CreateWebhook.NewSecret();
                w.RotateSecret(secret);
                return Result<string>.Ok(secret);
            }, _ => AuditActions.WebhookSecretRotated, ct);
    }
}
