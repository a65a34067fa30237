using Thrive.Web.Features.Goals;
using Thrive.Web.Features.Pairs;

namespace Thrive.Web.Pages.Pairs;

public sealed class DetailsModel(GetPair.Handler get, GoalRows goals, ActivatePair.Handler activate, CompletePair.Handler complete,
    DissolvePair.Handler dissolve, MenteeWeek menteeWeek, ReaderClock reader) : ThrivePageModel<GetPair.View>
{
    /// <summary>The goals of the members whose goals the reader may read.</summary>
    public IReadOnlyList<GoalRows.Row> Goals { get; private set; } = [];
    [BindProperty] public DissolvePair.Request Dissolve { get; set; } = new();

    /// <summary>The mentee's week, for their mentor while the pair is active.</summary>
    public MenteeWeek.Snapshot? Week { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostActivateAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await activate.HandleAsync(Actor, id, ct), "The pair is active.", ct);

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await complete.HandleAsync(Actor, id, ct), "The pair is completed. Well done to both!", ct);

    public async Task<IActionResult> OnPostDissolveAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await dissolve.HandleAsync(Actor, id, Dissolve, ct), "The pair is dissolved. Both people are free to be paired again.", ct, nameof(Dissolve));

    private Task<IActionResult> AfterAsync<T>(Guid id, Thrive.Domain.Common.Result<T> r, string done, CancellationToken ct, string prefix = "") =>
        AfterChangeAsync(r, done, $"/Pairs/{id}", () => LoadAsync(id, ct), prefix);

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await ShowAsync(get.HandleAsync(Actor, id, ct)) is { } denied) return denied;
        Goals = View.GoalOwners.Count == 0 ? [] : await goals.ForOwnersAsync(View.GoalOwners, View.ProgrammeId, ct);
        if (View.State == PairState.Active && View.Mentor.Id == Actor.UserId && View.MenteeWork.Goals)
            Week = (await menteeWeek.ForAsync([new MenteeWeek.Place(View.Id, View.Mentee.Id, View.ProgrammeId)], reader.UtcNow, reader.Today, ct))[View.Id];
        return null;
    }
}
