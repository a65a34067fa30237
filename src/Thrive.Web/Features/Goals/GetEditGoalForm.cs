namespace Thrive.Web.Features.Goals;

/// <summary>The edit form of a goal, as its owner last saved it, with the items of their SWOT to link.</summary>
public static class GetEditGoalForm
{
    public sealed record View(EditGoal.Request Input, IReadOnlyList<GoalSwotLinks.Option> SwotItems);

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<View>> HandleAsync(Actor actor, Guid goalId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(actor, Policy.Goal.Write, goalId, ct);
            if (grant.Denied is { } denied) return denied;
            var g = await db.Goals.AsNoTracking().FirstAsync(x => x.Id == goalId, ct);
            var linked = await db.GoalSwotLinks.Where(l => l.GoalId == goalId).OrderBy(l => l.SwotItemId).Select(l => l.SwotItemId).Take(GoalSwotLinks.Max).ToListAsync(ct);
            var input = new EditGoal.Request
            {
                Title = g.Title, Description = g.Description, Category = g.Category, Smart = SmartForm.From(g.Smart), SwotItemIds = linked, Version = g.Version,
            };
            return new View(input, await GoalSwotLinks.OptionsAsync(db, grant.OwnerId, grant.ProgrammeId, ct));
        }
    }
}
