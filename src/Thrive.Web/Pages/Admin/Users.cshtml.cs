using Thrive.Web.Features.Admin;

namespace Thrive.Web.Pages.Admin;

/// <summary>The admins' list of people; the attribute keeps others out before the handlers ask the access policy.</summary>
[Authorize(Policy = ServiceSetup.AdminPolicy)]
public sealed class UsersModel(ListPeople.Handler list, SetAdminRights.Handler setAdmin) : ThrivePageModel
{
    public Page<ListPeople.Person> People { get; private set; } = null!;

    /// <summary>The search form is a GET form: ?search= is the query, so a search can be linked and paged.</summary>
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => await LoadAsync(page, ct) ?? Page();

    /// <summary>Each button posts its person and the rights to set in the query, so the form has no field to tamper with.</summary>
    public async Task<IActionResult> OnPostAdminAsync(Guid userId, bool admin, CancellationToken ct) =>
        await AfterChangeAsync(await setAdmin.HandleAsync(Actor, userId, new SetAdminRights.Request { Admin = admin }, ct),
            admin ? "They are now an admin." : "Admin rights removed.", SearchUrl, () => LoadAsync(1, ct));

    public string SearchUrl => "/Admin/Users" + (string.IsNullOrEmpty(Search) ? "" : $"?search={Uri.EscapeDataString(Search)}");

    private Task<IActionResult?> LoadAsync(int? page, CancellationToken ct) =>
        ReadAsync(list.HandleAsync(Actor, new ListPeople.Request { Search = Search }, PageRequest.Of(page, 25), ct), v => People = v);
}
