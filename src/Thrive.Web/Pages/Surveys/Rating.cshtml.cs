using Thrive.Web.Features.Surveys;

namespace Thrive.Web.Pages.Surveys;

public sealed class RatingModel(GetSessionRating.Handler get, RateSession.Handler rate) : ThrivePageModel<GetSessionRating.View>
{
    [BindProperty] public RateSession.Request Rating { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Rating = new() { Score = View.Score, Comment = View.Comment, Named = View.Named };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await rate.HandleAsync(Actor, id, Rating, ct), "Thank you: your rating is saved.", $"/Sessions/{id}", () => LoadAsync(id, ct), nameof(Rating));

    private Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct) => ShowAsync(get.HandleAsync(Actor, id, ct));
}
