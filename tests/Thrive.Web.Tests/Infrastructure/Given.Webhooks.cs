using Thrive.Domain.Webhooks;
using Thrive.Web.Features.Webhooks;

namespace Thrive.Web.Tests.Infrastructure;

/// <summary>Webhook subscriptions: a person's own, or a programme's.</summary>
public sealed partial class Given
{
    /// <summary>A webhook of <paramref name="ownerId"/>'s (of the programme when <paramref name="programmeId"/> is given) to <paramref name="url"/>; returns it with its secret.</summary>
    public async Task<WebhookSubscription> WebhookAsync(Guid ownerId, string url, Guid? programmeId = null, WebhookEventType events = WebhookEventType.None)
    {
        var w = Ok(WebhookSubscription.Create(programmeId, ownerId, "Test receiver", new Uri(url), events == WebhookEventType.None ? WebhookEventTypes.Every : events,
            CreateWebhook.NewSecret(), 0, Now));
        await WriteAsync(db => db.WebhookSubscriptions.Add(w));
        return w;
    }
}
