using Thrive.Web.Features.Matching;

namespace Thrive.Web.Pages.Matching;

/// <summary>
/// The coordinator's view of every mentor request of the programme: mentee-choice mode on or off, who asked whom, rank,
/// state and days waiting; she closes a request with a note or assigns a mentee to a mentor (a proposed pair).
/// </summary>
public sealed class MentorRequestsAllModel(ListMentorRequests.Handler list, LetMenteesChoose.Handler choose, StepInMentorRequest.Handler stepIn)
    : ThrivePageModel<ListMentorRequests.ProgrammeView>
{
    [BindProperty] public StepInMentorRequest.CloseRequest Close { get; set; } = new();
    [BindProperty] public StepInMentorRequest.AssignRequest Assign { get; set; } = new();
    [BindProperty] public LetMenteesChoose.Request Settings { get; set; } = new();

    public Guid? CloseFor { get; private set; }

    private static string Here(Guid id, string anchor = "") => $"/Programmes/{id}/MentorRequests/All{anchor}";

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? page, CancellationToken ct) => await LoadAsync(id, page, ct) ?? Page();

    public async Task<IActionResult> OnPostChooseAsync(Guid id, bool on, CancellationToken ct) =>
        await AfterChangeAsync(await choose.HandleAsync(Actor, id, new LetMenteesChoose.Request { On = on }, ct),
            on ? "Mentees can now request mentors from the directory." : "Mentees can no longer request mentors; open requests stay as they are.",
            Here(id), () => LoadAsync(id, null, ct), "Choose");

    /// <summary>Sets the days a request waits at a mentor before it passes on; mentee choice stays as it is.</summary>
    public async Task<IActionResult> OnPostPassOnAsync(Guid id, CancellationToken ct)
    {
        if (Settings.PassOnDays is null)
        {
            if (await LoadAsync(id, null, ct) is { } gone) return gone;
            ModelState.Remove($"{nameof(Settings)}.{nameof(Settings.PassOnDays)}");
            ModelState.AddModelError($"{nameof(Settings)}.{nameof(Settings.PassOnDays)}",
                $"Enter a number of days from {MatchingSettings.PassOnDaysMin} to {MatchingSettings.PassOnDaysMax}.");
            return Page();
        }
        return await AfterChangeAsync(await choose.HandleAsync(Actor, id, Settings, ct),
            $"Saved. A request now passes to the mentee's next choice after {Settings.PassOnDays} day{(Settings.PassOnDays == 1 ? "" : "s")} without an answer.",
            Here(id), () => LoadAsync(id, null, ct), nameof(Settings));
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, Guid requestId, CancellationToken ct)
    {
        CloseFor = requestId;
        return await AfterChangeAsync(await stepIn.CloseAsync(Actor, id, requestId, Close, ct), "Request closed. The mentee's next choice, if any, has it now.",
            Here(id, "#requests-title"), () => LoadAsync(id, null, ct), nameof(Close));
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await stepIn.AssignAsync(Actor, id, Assign, ct), "Pair proposed and the mentee's open requests closed. Activate the pair on its page.",
            Here(id, "#requests-title"), () => LoadAsync(id, null, ct), nameof(Assign));


    private Task<IActionResult?> LoadAsync(Guid id, int? page, CancellationToken ct) => ShowAsync(list.ProgrammeAsync(Actor, id, page, ct));
}
