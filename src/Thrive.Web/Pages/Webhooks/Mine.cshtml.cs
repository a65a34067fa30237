using Thrive.Web.Features.Webhooks;

namespace Thrive.Web.Pages.Webhooks;

/// <summary>A person's own webhooks: events about the pairs they are in.</summary>
public sealed class MineModel(ListWebhooks.Handler list, CreateWebhook.Handler create, ReaderClock reader) : WebhookListPage(list, create, reader)
{
    protected override string Here => "/Account/Webhooks";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => GetAsync(null, ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => PostAsync(null, ct);
}
