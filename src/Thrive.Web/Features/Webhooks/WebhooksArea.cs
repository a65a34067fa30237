using Microsoft.AspNetCore.Http.HttpResults;

namespace Thrive.Web.Features.Webhooks;

/// <summary>Signed webhooks: subscriptions, the outbox of events, the delivery pass and its worker, the delivery client.</summary>
public sealed class WebhooksArea : IArea
{
    public string? ApiDescription => "Signed webhooks (Standard Webhooks): a programme's (its coordinators) and one's own, with the delivery log.";

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/me/webhooks", async (HttpContext c, ListWebhooks.Handler h, CancellationToken ct) => Ok(await h.HandleAsync(c.User.Actor(), null, ct)))
            .WithName("ListMyWebhooks").WithSummary("Your own webhooks (events about the pairs you are in).");
        api.MapPost("/me/webhooks", async (HttpContext c, CreateWebhook.Request body, CreateWebhook.Handler h, CancellationToken ct) =>
            CreatedWebhook(await h.HandleAsync(c.User.Actor(), null, body, ct)))
            .WithName("AddMyWebhook").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Add a webhook of your own: url (http or https, not a private address), events (pair.proposed, session.moved, ...), description. The answer holds the signing secret, shown only this once.");
        api.MapGet("/programmes/{id:guid}/webhooks", async (HttpContext c, Guid id, ListWebhooks.Handler h, CancellationToken ct) => Ok(await h.HandleAsync(c.User.Actor(), id, ct)))
            .WithName("ListProgrammeWebhooks").WithSummary("The programme's webhooks (its coordinators).");
        api.MapPost("/programmes/{id:guid}/webhooks", async (HttpContext c, Guid id, CreateWebhook.Request body, CreateWebhook.Handler h, CancellationToken ct) =>
            CreatedWebhook(await h.HandleAsync(c.User.Actor(), id, body, ct)))
            .WithName("AddProgrammeWebhook").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Add a webhook to the programme (its coordinators): every event of the programme. The answer holds the signing secret, shown only this once.");
        api.MapGet("/webhooks/{id:guid}", async (HttpContext c, Guid id, GetWebhook.Handler h, CancellationToken ct) => Ok(await h.HandleAsync(c.User.Actor(), id, ct)))
            .WithName("GetWebhook").WithSummary("A webhook and its delivery log: the newest deliveries, each with every try's status code, time taken and the start of the answer.");
        api.MapDelete("/webhooks/{id:guid}", async (HttpContext c, Guid id, DeleteWebhook.Handler h, CancellationToken ct) => NoContent(await h.HandleAsync(c.User.Actor(), id, ct)))
            .WithName("DeleteWebhook").WithSummary("Delete a webhook with its delivery log.");
    }

    private static Results<Created<CreateWebhook.Created>, ProblemHttpResult> CreatedWebhook(Result<CreateWebhook.Created> r) =>
        r.Succeeded ? TypedResults.Created($"{Areas.ApiPrefix}/webhooks/{r.Value!.Id}", r.Value) : r.Errors.ToProblem();

    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<WebhookTargets>();
        services.AddScoped<ChangeWebhook>();
        services.AddScoped<WebhookPass>();
        services.AddScoped<AtRiskEvents>();
        services.AddSingleton<AtRiskEvents.LastCheck>();
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
