namespace Thrive.Web.Features.Webhooks;

/// <summary>
/// Runs a webhook pass (then a chat pass, Slack and Teams) every Thrive:Webhooks:IntervalSeconds while Thrive:Webhooks:Enabled is true, off the request
/// path: a change only writes its event to the outbox, so a slow or dead receiver never holds up the person who caused it.
/// </summary>
public sealed class WebhookWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ThriveOptions> options, ILogger<WebhookWorker> log)
    : PeriodicPass(scopes, clock, log)
{
    protected override bool Enabled => options.Value.Webhooks.Enabled;
    protected override int IntervalSeconds => options.Value.Webhooks.IntervalSeconds;
    protected override string Name => "Webhook pass";

    protected override async Task RunAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct)
    {
        await services.GetRequiredService<WebhookPass>().RunAsync(now, ct);
        // Slack and Teams messages share the outbox pattern, the client and the schedule.
        await services.GetRequiredService<Chat.ChatPass>().RunAsync(now, ct);
    }
}
