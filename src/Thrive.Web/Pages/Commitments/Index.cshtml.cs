using Microsoft.AspNetCore.Mvc;
using Thrive.Domain.Commitments;
using Thrive.Web.Features.Commitments;

namespace Thrive.Web.Pages.Commitments;

public sealed class IndexModel(Features.Commitments.Commitments.Handler handler) : ThrivePageModel
{
    public Features.Commitments.Commitments.View? View { get; private set; }
    public string? Problem { get; private set; }
    [BindProperty(SupportsGet = true)] public Guid? Owner { get; set; }
    [BindProperty] public NewCommitment Input { get; set; } = new();
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public decimal? Value { get; set; }
    [BindProperty] public string? Note { get; set; }

    public sealed class NewCommitment
    {
        public CommitmentForm Form { get; set; } = CommitmentForm.ImplementationIntention;
        public string? Behaviour { get; set; }
        public string? Time { get; set; }
        public string? Location { get; set; }
        public string? CurrentHabit { get; set; }
        public int Times { get; set; } = 1;
        public HabitPeriod Period { get; set; } = HabitPeriod.Week;
        public CommitmentKind Kind { get; set; } = CommitmentKind.YesNo;
        public decimal? Target { get; set; }
        public string? Unit { get; set; }
        public Guid? GoalId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var i = Input;
        var details = new CommitmentDetails(i.Form, i.Behaviour ?? "", i.Time, i.Location, i.CurrentHabit, i.Times, i.Period, i.Kind,
            i.Kind == CommitmentKind.YesNo ? 1m : i.Target ?? 0m, i.Unit, i.GoalId);
        return await AfterAsync(await handler.CreateAsync(Actor, details, ct), "Commitment added. Check in when you have kept it.", "Input", ct);
    }

    public async Task<IActionResult> OnPostCheckInAsync(Guid commitmentId, CancellationToken ct) =>
        await AfterAsync(await handler.CheckInAsync(Actor, commitmentId, Date, Value ?? 1m, Note, ct), "Checked in. Keep the chain going!", "", ct);

    public async Task<IActionResult> OnPostArchiveAsync(Guid commitmentId, CancellationToken ct) =>
        await AfterAsync(await handler.ArchiveAsync(Actor, commitmentId, ct), "Saved.", "", ct);

    private Task<IActionResult> AfterAsync<T>(Thrive.Domain.Common.Result<T> r, string done, string prefix, CancellationToken ct) =>
        AfterChangeAsync(r, done, "/Commitments", () => LoadAsync(ct), prefix);

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var r = await handler.ListAsync(Actor, Owner, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        if (!r.Succeeded) { Problem = r.Errors[0].Message; return null; }
        View = r.Value;
        return null;
    }
}
