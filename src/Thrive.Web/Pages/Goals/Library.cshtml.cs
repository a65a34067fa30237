using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Thrive.Domain.Goals;
using Thrive.Domain.Intake;
using Thrive.Domain.Programmes;
using Thrive.Persistence;
using Thrive.Web.Features.Goals;

namespace Thrive.Web.Pages.Goals;

public sealed class LibraryModel(GoalLibrary.Handler library, GoalContext context, ThriveDbContext db) : ThrivePageModel
{
    public IReadOnlyList<GoalLibrary.Entry> Entries { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public GoalCategory? Category { get; set; }
    public IReadOnlyList<(Guid Id, string Name)> Coordinated { get; private set; } = [];
    /// <summary>Only someone with a place in a programme may start a goal from a template (as on /Goals/New).</summary>
    public bool CanStartGoal { get; private set; }
    [BindProperty] public NewTemplate Input { get; set; } = new();

    public sealed class NewTemplate
    {
        public Guid ProgrammeId { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Why { get; set; }
        public GoalCategory Category { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var r = await library.AddAsync(Actor, Input.ProgrammeId, Input.Title, Input.Description, Input.Why, Input.Category, ct);
        if (!r.Succeeded)
        {
            if (Denied(r.Errors) is { } denied) return denied;
            await LoadAsync(ct);
            return Failed(r.Errors);
        }
        Flash("Template added to your programme's library.");
        return Redirect("/Goals/Library");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Entries = await library.ListAsync(Actor, Category, ct);
        CanStartGoal = await context.PlaceAsync(Actor.UserId, null, ct) is not null;
        var me = Actor.UserId;
        var rows = await db.Participants.Where(p => p.UserId == me && p.Role == ParticipantRole.Coordinator && p.Status == ApplicationStatus.Accepted)
            .Join(db.Programmes, p => p.ProgrammeId, g => g.Id, (p, g) => new { g.Id, g.Name }).OrderBy(g => g.Name).ThenBy(g => g.Id).Take(50).ToListAsync(ct);
        Coordinated = rows.Select(r => (r.Id, r.Name)).ToList();
    }
}
