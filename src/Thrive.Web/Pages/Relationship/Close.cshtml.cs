using Thrive.Web.Features.Relationship;

namespace Thrive.Web.Pages.Relationship;

public sealed class CloseModel(GetClosing.Handler get, SaveClosing.Handler save, CompleteRelationship.Handler complete) : ThrivePageModel<GetClosing.View>
{
    [BindProperty] public SaveClosing.Request Closing { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, fill: true, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await save.HandleAsync(Actor, id, Closing, ct), "Your closing reflections are saved.", $"/Pairs/{id}/Close",
            () => LoadAsync(id, fill: false, ct), nameof(Closing));

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await complete.HandleAsync(Actor, id, ct), "Your mentoring relationship is complete. Thank each other for the time and care you gave!",
            $"/Pairs/{id}/Close", () => LoadAsync(id, fill: true, ct));

    /// <summary>Loads the closing; <paramref name="fill"/> puts the reader's saved words in the form (a refused save keeps what was typed).</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, bool fill, CancellationToken ct)
    {
        if (await ShowAsync(get.HandleAsync(Actor, id, ct)) is { } denied) return denied;
        if (fill) Closing = SaveClosing.Request.From(View.Mine);
        return null;
    }
}
