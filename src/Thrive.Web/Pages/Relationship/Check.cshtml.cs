using Thrive.Web.Features.Relationship;

namespace Thrive.Web.Pages.Relationship;

public sealed class CheckModel(GetCheck.Handler get, SaveCheck.Handler save, MarkCheckHeld.Handler held) : ThrivePageModel<GetCheck.View>
{
    [BindProperty] public SaveCheck.Request Check { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Check = SaveCheck.Request.From(View.Mine);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await save.HandleAsync(Actor, id, Check, ct), "Your answers are saved.", $"/Pairs/{id}/Check", () => LoadAsync(id, ct), nameof(Check));

    public async Task<IActionResult> OnPostHeldAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await held.HandleAsync(Actor, id, ct), "The relationship check is marked as held. Well done for making time for it.",
            $"/Pairs/{id}/Check", async () =>
            {
                if (await LoadAsync(id, ct) is { } denied) return denied;
                Check = SaveCheck.Request.From(View.Mine);
                return null;
            });

    private Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct) => ShowAsync(get.HandleAsync(Actor, id, ct));
}
