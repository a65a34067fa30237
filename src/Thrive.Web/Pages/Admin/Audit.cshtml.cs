using Thrive.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Thrive.Persistence;
using Thrive.Web.Features.Accounts;
using Thrive.Web.Infrastructure;
using Thrive.Web.Features.Admin;

namespace Thrive.Web.Pages.Admin;

[Authorize(Policy = ServiceSetup.AdminPolicy)]
public sealed class AuditModel(AuditView.Handler handler) : ThrivePageModel
{
    public Page<AuditEntry> Entries { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Action { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var r = await handler.ListAsync(Actor, Action, PageRequest.Of(page, 50), ct);
        if (!r.Succeeded)
        {
            if (r.Errors[0].Kind != ErrorKind.Validation) return Failed(r.Errors);
            ModelState.AddModelError("kind", r.Errors[0].Message);
            Action = null;
            r = await handler.ListAsync(Actor, null, PageRequest.Of(page, 50), ct);
        }
        Entries = r.Value!;
        return Page();
    }
}
