namespace Thrive.Web.Features.Webhooks;

/// <summary>Signed webhooks: subscriptions, the outbox of events, the delivery pass and its worker, the delivery client.</summary>
public sealed class WebhooksArea : IArea
{
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<WebhookTargets>();
        services.AddScoped<ChangeWebhook>();
        services.AddScoped<WebhookPass>();
        // No redirects, no proxy, no cookies; every connection goes through the address check.
        services.AddHttpClient(WebhookPass.Client, c => c.DefaultRequestHeaders.UserAgent.ParseAdd("Thrive-Webhooks/1"))
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false, UseProxy = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1),
                ConnectCallback = sp.GetRequiredService<WebhookTargets>().ConnectAsync,
            });
        services.AddHostedService<WebhookWorker>();
    }
}
