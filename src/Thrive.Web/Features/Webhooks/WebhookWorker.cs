namespace Thrive.Web.Features.Webhooks;

/// <summary>
/// Runs a webhook pass (then a chat pass, Slack and Teams) every Thrive:Webhooks:IntervalSeconds while Thrive:Webhooks:Enabled is true, off the request
/// path: a change only writes its event to the outbox, so a slow or dead receiver never holds up the person who caused it.
/// </summary>
public sealed class WebhookWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ThriveOptions> options, ILogger<WebhookWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value.Webhooks;
        if (!o.Enabled) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, o.IntervalSeconds)), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<WebhookPass>().RunAsync(clock.GetUtcNow(), stoppingToken);
                // Slack and Teams messages share the outbox pattern, the client and the schedule.
                await scope.ServiceProvider.GetRequiredService<Chat.ChatPass>().RunAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
#pragma warning disable CA1031 // one failed pass (database down) must not stop the next one
            catch (Exception e) { log.LogError(e, "Webhook pass failed; the next one will try again"); }
#pragma warning restore CA1031
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
