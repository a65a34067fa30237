using Thrive.Web.Features.Webhooks;

namespace Thrive.Web.Pages.Webhooks;

/// <summary>A programme's webhooks, for its coordinators: every event of the programme.</summary>
public sealed class ProgrammeModel(ListWebhooks.Handler list, CreateWebhook.Handler create, ReaderClock reader) : WebhookListPage(list, create, reader)
{
    [FromRoute] public Guid Id { get; set; }

    protected override string Here => $"/Programmes/{Id}/Webhooks";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => GetAsync(Id, ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => PostAsync(Id, ct);
}
