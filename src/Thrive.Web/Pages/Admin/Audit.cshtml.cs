using Thrive.Web.Features.Admin;

namespace Thrive.Web.Pages.Admin;

/// <summary>The audit log; the attribute keeps non-admins out before the handler asks the access policy.</summary>
[Authorize(Policy = ServiceSetup.AdminPolicy)]
public sealed class AuditModel(ReadAuditLog.Handler handler) : ThrivePageModel
{
    public Page<AuditEntry> Entries { get; private set; } = null!;

    /// <summary>The filter is a GET form: ?kind=pair.dissolved.</summary>
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var r = await handler.HandleAsync(Actor, new ReadAuditLog.Request { Kind = Kind }, PageRequest.Of(page, 50), ct);
        if (!r.Succeeded && r.Errors[0].Kind == ErrorKind.Validation)
        {
            // An unknown kind (a hand-edited link) shows every entry with the reason beside the filter.
            ModelState.AddModelError(nameof(Kind), r.Errors[0].Message);
            Kind = null;
            r = await handler.HandleAsync(Actor, new ReadAuditLog.Request(), PageRequest.Of(page, 50), ct);
        }
        if (Denied(r.Errors) is { } denied) return denied;
        Entries = r.Value!;
        return Page();
    }
}
