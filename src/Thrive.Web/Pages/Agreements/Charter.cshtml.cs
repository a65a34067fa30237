using Thrive.Web.Features.Agreements;

namespace Thrive.Web.Pages.Agreements;

public sealed class CharterModel(GetCharters.Handler get, SaveCharter.Handler save) : ThrivePageModel<GetCharters.View>
{
    [BindProperty] public SaveCharter.Request Charter { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Charter = SaveCharter.Request.From(View.Mine);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await save.HandleAsync(Actor, id, Charter, ct), "Your charter is saved. Your partner can read it now.",
            $"/Pairs/{id}/Charter", () => LoadAsync(id, ct), nameof(Charter));

    private Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct) => ShowAsync(get.HandleAsync(Actor, id, ct));
}
