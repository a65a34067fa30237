using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Thrive.Web.Features.Accounts;
using Thrive.Web.Infrastructure;
using Thrive.Web.Features.Admin;

namespace Thrive.Web.Pages.Admin;

[Authorize(Policy = ServiceSetup.AdminPolicy)]
public sealed class UsersModel(AdminUsers.Handler handler) : ThrivePageModel
{
    public Page<AdminUsers.Row> People { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => await LoadAsync(page, ct) ?? Page();

    public async Task<IActionResult> OnPostAdminAsync(Guid userId, bool admin, CancellationToken ct) =>
        await AfterChangeAsync(await handler.SetAdminAsync(Actor, userId, admin, ct), admin ? "They are now an admin." : "Admin rights removed.",
            "/Admin/Users" + (string.IsNullOrEmpty(Search) ? "" : $"?q={Uri.EscapeDataString(Search)}"), () => LoadAsync(1, ct));

    private async Task<IActionResult?> LoadAsync(int? page, CancellationToken ct)
    {
        var r = await handler.ListAsync(Actor, Search, PageRequest.Of(page, 25), ct);
        if (!r.Succeeded) return Failed(r.Errors);
        People = r.Value!;
        return null;
    }
}
