namespace Thrive.Web.Features.Webhooks;

/// <summary>Turns a webhook off (nothing is sent to it, and events meanwhile are not kept for it) or on again (the failure count starts over; deliveries still waiting go out).</summary>
public static class SetWebhookEnabled
{
    public sealed class Handler(ChangeWebhook change, ReaderClock reader)
    {
        public Task<Result<Unit>> HandleAsync(Actor actor, Guid webhookId, bool enabled, CancellationToken ct) =>
            change.ApplyAsync(actor, webhookId, w =>
            {
                if (enabled) w.Enable();
                else w.Disable(reader.UtcNow);
                return Result.Ok();
            }, _ => enabled ? AuditActions.WebhookEnabled : AuditActions.WebhookDisabled, ct);
    }
}
