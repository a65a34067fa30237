using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Thrive.Web.Features.Goals;
using Thrive.Web.Features.Pairs;
using Thrive.Web.Features.Relationship;

namespace Thrive.Web.Pages.Pairs;

public sealed class DetailsModel(PairDetails.Handler handler, GoalRows goals, Thrive.Persistence.ThriveDbContext db,
    ClosePair.Handler closing, TimeProvider clock) : ThrivePageModel
{
    /// <summary>For the pair: the midpoint relationship check is due now (and not yet held).</summary>
    public bool CheckDue { get; private set; }
    /// <summary>Once completed: the outcome only (never the reflections), for everyone who may view the pair.</summary>
    public ClosePair.Outcome? Outcome { get; private set; }
    public PairDetails.View View { get; private set; } = null!;
    public IReadOnlyList<GoalRows.Row> Goals { get; private set; } = [];
    /// <summary>SWOTs by owner; shown to the pair only (a SWOT is personal).</summary>
    public IReadOnlyDictionary<Guid, Guid> Swots { get; private set; } = new Dictionary<Guid, Guid>();
    /// <summary>Boards by owner; like SWOTs, for the pair only.</summary>
    public IReadOnlyDictionary<Guid, Guid> Boards { get; private set; } = new Dictionary<Guid, Guid>();
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, PairDetails.Change change, CancellationToken ct)
    {
        var r = await handler.ChangeAsync(Actor, id, change, Reason, ct);
        if (!r.Succeeded)
        {
            if (await LoadAsync(id, ct) is { } denied) return denied;
            return Failed(r.Errors, prefix: "");
        }
        Flash(change switch
        {
            PairDetails.Change.Activate => "The pair is active.",
            PairDetails.Change.Complete => "The pair is completed. Well done to both!",
            _ => "The pair is dissolved. Both people are free to be paired again.",
        });
        return Redirect($"/Pairs/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var r = await handler.GetAsync(Actor, id, ct);
        if (Denied(r.Errors) is { } denied) return denied;
        View = r.Value!;
        Goals = await goals.ForOwnersAsync([View.Mentee.Id, View.Mentor.Id], View.ProgrammeId, ct);
        if (View.Access.IsMember)
        {
            Swots = await db.SwotAnalyses.Where(a => (a.OwnerId == View.Mentee.Id || a.OwnerId == View.Mentor.Id) && a.ProgrammeId == View.ProgrammeId)
                .ToDictionaryAsync(a => a.OwnerId, a => a.Id, ct);
            Boards = await db.Boards.Where(b => (b.OwnerId == View.Mentee.Id || b.OwnerId == View.Mentor.Id) && b.ProgrammeId == View.ProgrammeId)
                .ToDictionaryAsync(b => b.OwnerId, b => b.Id, ct);
            var held = await db.MidpointChecks.AnyAsync(c => c.PairId == id && c.HeldAt != null, ct);
            var programme = await db.Programmes.Where(g => g.Id == View.ProgrammeId).Select(g => new { g.StartDate, g.LengthWeeks }).FirstAsync(ct);
            CheckDue = Thrive.Domain.Relationship.MidpointCheck.IsDue(programme.StartDate, programme.LengthWeeks,
                DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), View.State == Thrive.Domain.Pairs.PairState.Active, held);
        }
        Outcome = await closing.OutcomeAsync(id, View.State, View.EndedAt, ct);
        return null;
    }
}
