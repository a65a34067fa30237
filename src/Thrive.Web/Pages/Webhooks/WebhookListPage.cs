using Thrive.Web.Features.Webhooks;

namespace Thrive.Web.Pages.Webhooks;

/// <summary>
/// What the programme's webhooks page and a person's own share: the list, the form that adds one, and the new
/// secret, shown once right after it was made.
/// </summary>
public abstract class WebhookListPage(ListWebhooks.Handler list, CreateWebhook.Handler create, ReaderClock reader) : ThrivePageModel<ListWebhooks.View>
{
    public const string SecretKey = "WebhookSecret";

    [BindProperty] public CreateWebhook.Request Input { get; set; } = new() { Events = [.. WebhookEventTypes.All.Select(t => t.Name)] };

    /// <summary>The new webhook's secret, right after it was made.</summary>
    public string? NewSecret { get; private set; }

    public string Stamp(DateTimeOffset instant) => reader.Stamp(instant);

    /// <summary>Where this list lives, to come back to after a change.</summary>
    protected abstract string Here { get; }

    protected async Task<IActionResult> GetAsync(Guid? programmeId, CancellationToken ct)
    {
        NewSecret = TempData[SecretKey] as string;
        Response.Headers.CacheControl = "no-store";
        return await ShowAsync(list.HandleAsync(Actor, programmeId, ct)) ?? Page();
    }

    protected async Task<IActionResult> PostAsync(Guid? programmeId, CancellationToken ct)
    {
        var r = await create.HandleAsync(Actor, programmeId, Input, ct);
        if (r.Succeeded) TempData[SecretKey] = r.Value!.Secret;
        return await AfterChangeAsync(r, "The webhook is saved. Copy its signing secret now: Thrive shows it only once.", Here,
            () => ShowAsync(list.HandleAsync(Actor, programmeId, ct)), nameof(Input));
    }
}
