using Thrive.Web.Features.Admin;

namespace Thrive.Web.Pages.Admin;

/// <summary>Mail sent by this installation (Development only); the attribute keeps non-admins out before the handler asks the access policy.</summary>
[Authorize(Policy = ServiceSetup.AdminPolicy)]
public sealed class MailModel(ListSentMail.Handler handler) : ThrivePageModel
{
    public Page<SentMail> Mail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        return await ReadAsync(handler.HandleAsync(Actor, PageRequest.Of(page, 20), ct), v => Mail = v) ?? Page();
    }
}
