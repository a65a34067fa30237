using Thrive.Web.Features.Practice;

namespace Thrive.Web.Pages.Practice;

public sealed class IndexModel(GetPracticeSummary.Handler summary, ListProblems.Handler list, LogProblem.Handler log, AttemptAgain.Handler attempt,
    DeleteProblem.Handler delete, SetPracticeTarget.Handler target) : ThrivePageModel, IProblemFormPage
{
    public GetPracticeSummary.View? Summary { get; private set; }
    public ListProblems.View? Problems { get; private set; }
    public string? Problem { get; private set; }
    public DateOnly Today => Summary?.Today ?? DateOnly.MinValue;
    [BindProperty(SupportsGet = true)] public Guid? Owner { get; set; }
    [BindProperty(SupportsGet = true)] public PracticeTopic? Topic { get; set; }
    public int? PageNumber { get; private set; }
    [BindProperty] public LogProblem.Request Input { get; set; } = new();
    [BindProperty] public SetPracticeTarget.Request Target { get; set; } = new();

    /// <summary>This page's address with the owner and topic it shows (for the pager and the filter).</summary>
    public string ListUrl(PracticeTopic? topic) => "/Practice" + QueryString.Create(new Dictionary<string, string?>
    {
        ["owner"] = Owner?.ToString(), ["topic"] = topic?.ToString(),
    }.Where(x => x.Value is not null));

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        PageNumber = pageNumber;
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostLogAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await LoadAsync(ct) ?? Page();
        return await AfterAsync(await log.HandleAsync(Actor, Input, ct), "Problem logged.", nameof(Input), ct);
    }

    public async Task<IActionResult> OnPostAttemptAsync(Guid problemId, SolvedHow how, CancellationToken ct) =>
        await AfterAsync(await attempt.HandleAsync(Actor, problemId, new() { How = how }, ct),
            how == SolvedHow.Alone ? "Solved again on your own: it comes back later to make sure it sticks." : "Noted. It comes back tomorrow; it gets easier each time.", "", ct);

    public async Task<IActionResult> OnPostDeleteAsync(Guid problemId, CancellationToken ct) =>
        await AfterAsync(await delete.HandleAsync(Actor, problemId, ct), "Problem removed from your log.", "", ct);

    public async Task<IActionResult> OnPostTargetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await LoadAsync(ct) ?? Page();
        return await AfterAsync(await target.HandleAsync(Actor, Target, ct), "Weekly target saved.", nameof(Target), ct);
    }

    private Task<IActionResult> AfterAsync<T>(Result<T> r, string done, string prefix, CancellationToken ct) =>
        AfterChangeAsync(r, done, "/Practice", () => LoadAsync(ct), prefix);

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var s = await summary.HandleAsync(Actor, Owner, ct);
        if (Denied(s.Errors) is { } denied) return denied;
        if (!s.Succeeded) { Problem = s.Errors[0].Message; return null; }
        var l = await list.HandleAsync(Actor, new() { Owner = Owner, Topic = Topic, Page = PageNumber }, ct);
        if (Denied(l.Errors) is { } refused) return refused;
        if (!l.Succeeded) { Problem = l.Errors[0].Message; return null; }
        (Summary, Problems) = (s.Value, l.Value);
        if (Request.Method == HttpMethods.Get && Summary!.TargetCommitment is null) Target = new() { WeeklyTarget = Summary.WeeklyTarget };
        if (Request.Method == HttpMethods.Get && Summary!.TargetCommitment is { } c) Target = new() { CommitmentId = c.Id };
        return null;
    }
}
