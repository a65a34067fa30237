using Thrive.Web.Features.Webhooks;

namespace Thrive.Web.Pages.Webhooks;

/// <summary>One webhook: what it sends where, its delivery log, turning it off and on, a new secret, redelivery, deletion.</summary>
public sealed class DetailModel(GetWebhook.Handler get, SetWebhookEnabled.Handler enable, RotateWebhookSecret.Handler rotate, DeleteWebhook.Handler delete,
    RedeliverWebhook.Handler redeliver, ReaderClock reader) : ThrivePageModel<GetWebhook.View>
{
    [FromRoute] public Guid Id { get; set; }

    /// <summary>The new secret, right after it was rotated.</summary>
    public string? NewSecret { get; private set; }

    public string Stamp(DateTimeOffset instant) => reader.Stamp(instant);

    private string Here => $"/Webhooks/{Id}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        NewSecret = TempData[WebhookListPage.SecretKey] as string;
        Response.Headers.CacheControl = "no-store";
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken ct) =>
        await AfterChangeAsync(await enable.HandleAsync(Actor, Id, true, ct), "The webhook is on again: deliveries still waiting go out now, and Redeliver sends one that failed.", Here, () => LoadAsync(ct));

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct) =>
        await AfterChangeAsync(await enable.HandleAsync(Actor, Id, false, ct), "The webhook is off: nothing is sent until you turn it on.", Here, () => LoadAsync(ct));

    public async Task<IActionResult> OnPostRotateAsync(CancellationToken ct)
    {
        var r = await rotate.HandleAsync(Actor, Id, ct);
        if (r.Succeeded) TempData[WebhookListPage.SecretKey] = r.Value!;
        return await AfterChangeAsync(r, "A new signing secret is in use. Copy it now: Thrive shows it only once.", Here, () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var r = await delete.HandleAsync(Actor, Id, ct);
        var back = r.Value is { } programmeId ? $"/Programmes/{programmeId}/Webhooks" : "/Account/Webhooks";
        return await AfterChangeAsync(r, "The webhook is deleted with its delivery log.", back, () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostRedeliverAsync(Guid deliveryId, CancellationToken ct) =>
        await AfterChangeAsync(await redeliver.HandleAsync(Actor, Id, deliveryId, ct), "The delivery is on its way again, with the same webhook-id.", Here, () => LoadAsync(ct));

    private Task<IActionResult?> LoadAsync(CancellationToken ct) => ShowAsync(get.HandleAsync(Actor, Id, ct));
}
