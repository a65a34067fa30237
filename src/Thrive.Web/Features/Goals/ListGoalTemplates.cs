namespace Thrive.Web.Features.Goals;

/// <summary>The example-goal library: the built-in examples plus those the coordinators of the reader's programmes added.</summary>
public static class ListGoalTemplates
{
    public sealed record Entry(string Key, string Title, GoalCategory Category, string Description, string Why, string Shows, string Source, bool BuiltIn);

    public sealed record ProgrammeOption(Guid Id, string Name);

    /// <summary>
    /// <see cref="CanStartGoal"/>: the reader has a place to set goals in (so "use this template" leads somewhere);
    /// <see cref="Coordinated"/>: the programmes whose library the reader keeps (empty for most people).
    /// </summary>
    public sealed record View(IReadOnlyList<Entry> Entries, bool CanStartGoal, IReadOnlyList<ProgrammeOption> Coordinated);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<View> HandleAsync(Actor actor, GoalCategory? category, CancellationToken ct)
        {
            var me = actor.UserId;
            var programmes = db.Participants.Where(p => p.UserId == me && p.Status == ApplicationStatus.Accepted).Select(p => p.ProgrammeId);
            var own = await db.GoalTemplates.Where(t => programmes.Contains(t.ProgrammeId) && (category == null || t.Category == category))
                .OrderBy(t => t.Title).ThenBy(t => t.Id).Take(200)
                .Join(db.Programmes, t => t.ProgrammeId, p => p.Id, (t, p) => new Entry("p:" + t.Id, t.Title, t.Category, t.Description, t.Why, "", p.Name, false))
                .ToListAsync(ct);
            var builtIn = GoalTemplates.BuiltIn.Where(t => category is null || t.Category == category)
                .Select(t => new Entry(t.Key, t.Title, t.Category, t.Description, t.Why, t.Shows, t.Source, true));
            var canStart = (await access.OwnPlaceAsync(actor, null, ct)).Succeeded;
            // Where the reader coordinates, each confirmed by the policy (a coordinator place alone decides nothing).
            var coordinated = await db.Participants.Where(p => p.UserId == me && p.Role == ParticipantRole.Coordinator && p.Status == ApplicationStatus.Accepted)
                .Join(db.Programmes, p => p.ProgrammeId, g => g.Id, (p, g) => g)
                .OrderBy(g => g.Name).ThenBy(g => g.Id).Take(20).Select(g => new ProgrammeOption(g.Id, g.Name)).ToListAsync(ct);
            var kept = new List<ProgrammeOption>();
            foreach (var p in coordinated)
                if ((await access.CheckAsync(actor, Policy.Programme.Manage, p.Id, ct)).Allowed) kept.Add(p);
            return new View(builtIn.Concat(own).ToList(), canStart, kept);
        }
    }
}
