using Thrive.Domain.Matching;
using Thrive.Web.Features.Matching;

namespace Thrive.Web.Pages.Matching;

/// <summary>
/// The coordinator's matching page: weights and objective, the whole-cohort proposal with each pair's reasons,
/// locks and re-solve, the fairness view, and confirming chosen pairs into proposed pairs. Plain forms, post-redirect-get.
/// </summary>
public sealed class MatchingModel(GetMatchingProposal.Handler get, SaveMatchingWeights.Handler save, LockMatch.Handler locks, ConfirmMatching.Handler confirm)
    : ThrivePageModel<GetMatchingProposal.View>
{
    [BindProperty] public SaveMatchingWeights.Request Weights { get; set; } = new();
    [BindProperty] public ConfirmMatching.Request Confirm { get; set; } = new();

    private static string Here(Guid id, string anchor = "") => $"/Programmes/{id}/Matching{anchor}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        var w = View.Weights;
        Weights = new SaveMatchingWeights.Request
        {
            Stack = w.Stack, Focus = w.Focus, Experience = w.Experience, TimeZone = w.TimeZone, Interests = w.Interests, MentorType = w.MentorType,
            Objective = View.Objective,
        };
        return Page();
    }

    /// <summary>Saves the weights and objective, then shows the proposal they make.</summary>
    public async Task<IActionResult> OnPostProposeAsync(Guid id, CancellationToken ct) =>
        await AfterChangeAsync(await save.HandleAsync(Actor, id, Weights, ct), "Weights saved. The proposal below follows them; locked pairs are kept.",
            Here(id, "#proposal-title"), () => LoadAsync(id, ct), nameof(Weights));

    /// <summary>Solves again with the saved weights; locked pairs stay as they are.</summary>
    public async Task<IActionResult> OnPostResolveAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        var kept = View.Proposal.Succeeded ? View.Proposal.Value!.Pairs.Count(p => p.Locked) : 0;
        Flash(kept == 0 ? "Solved again. Nothing is locked, so every pair is the solver's choice."
            : $"Solved again around your {kept} locked pair{(kept == 1 ? "" : "s")}, which stayed as they were.");
        return Redirect(Here(id, "#proposal-title"));
    }

    public async Task<IActionResult> OnPostLockAsync(Guid id, Guid menteeId, Guid mentorId, CancellationToken ct) =>
        await AfterChangeAsync(await locks.LockAsync(Actor, id, new LockMatch.Request { MenteeId = menteeId, MentorId = mentorId }, ct),
            "Pair locked: re-solving keeps it.", Here(id, $"#m-{menteeId}"), () => LoadAsync(id, ct), "Lock");

    public async Task<IActionResult> OnPostUnlockAsync(Guid id, Guid menteeId, CancellationToken ct) =>
        await AfterChangeAsync(await locks.UnlockAsync(Actor, id, menteeId, ct), "Pair unlocked: the next solve may change it.",
            Here(id, $"#m-{menteeId}"), () => LoadAsync(id, ct), "Lock");

    /// <summary>The chosen rows become proposed pairs, all or none.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct)
    {
        var r = await confirm.HandleAsync(Actor, id, Confirm, ct);
        var done = r.Succeeded ? $"{r.Value} pair{(r.Value == 1 ? " is" : "s are")} proposed. Each starts when it is activated on its page." : "";
        return await AfterChangeAsync(r, done, Here(id, "#confirmed-title"), () => LoadAsync(id, ct), nameof(Confirm));
    }


    /// <summary>How a weight reads in the form.</summary>
    public static string Title(Importance i) => i switch
    {
        Importance.Must => "Must (filter)",
        Importance.Very => "Very important",
        Importance.Moderately => "Moderately important",
        Importance.Somewhat => "Somewhat important",
        _ => "Not important",
    };

    /// <summary>What each factor compares, under its field.</summary>
    public static string Hint(MatchFactor f) => f switch
    {
        MatchFactor.Stack => "How much of the mentee's tech stack the mentor also named.",
        MatchFactor.Focus => "Whether the mentor mentors on what the mentee wants guidance on: technical, career, personal.",
        MatchFactor.Experience => "The mentor's years in the field ahead of the mentee's; 3 to 10 is ideal.",
        MatchFactor.TimeZone => "Shared working hours (08:00 to 21:00 each side) on the days both gave as available.",
        MatchFactor.MentorType => "How much the mentor's quiz result covers the mentor the mentee would like (no points before both take the quiz).",
        _ => "How many of the mentee's interests the mentor shares.",
    };

    private Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct) => ShowAsync(get.HandleAsync(Actor, id, ct));
}
