using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Agreements;
using Thrive.Web.Features.Pairs;
using Thrive.Web.Features.Agreements;

namespace Thrive.Web.Pages.Agreements;

public sealed class CharterModel(PairAgreements.Handler handler) : ThrivePageModel
{
    public PairAgreements.View View { get; private set; } = null!;
    [BindProperty] public Dictionary<string, string?> Answers { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Answers = View.Mine.Fields().ToDictionary(f => f.Name, f => (string?)f.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        string A(string name) => Answers.GetValueOrDefault(name) ?? "";
        var answers = new CharterAnswers(A("Background"), A("Values"), A("PetPeeves"), A("WouldNotGuess"), A("FavouriteBook"), A("FavouriteFilm"),
            A("FavouriteQuote"), A("OutsideWork"), A("Focus"), A("Expectations"));
        return await AfterChangeAsync(await handler.SaveCharterAsync(Actor, id, answers, ct), "Your charter is saved. Your partner can read it now.",
            $"/Pairs/{id}/Charter", () => LoadAsync(id, ct));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var r = await handler.GetAsync(Actor, id, null, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        return null;
    }
}
