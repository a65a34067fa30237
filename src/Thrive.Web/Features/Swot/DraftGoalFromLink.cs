using Thrive.Web.Features.Goals;

namespace Thrive.Web.Features.Swot;

/// <summary>The owner turns a convergence link into a draft goal, linked to both SWOT items, in the SWOT's programme.</summary>
public static class DraftGoalFromLink
{
    public sealed class Handler(ThriveDbContext db, Access access, CreateGoal.Handler goals)
    {
        /// <summary>The new draft goal's id.</summary>
        public async Task<Result<Guid>> HandleAsync(Actor actor, Guid linkId, CancellationToken ct)
        {
            var link = await db.SwotLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == linkId, ct);
            if (link is null) return Error.NotFound("Link");
            // Any revision's link will do: an earlier revision's idea can still become a goal.
            var found = await SwotItemsFound.ForChangeAsync(db, access, actor, [link.FromItemId, link.ToItemId], latestOnly: false, ct);
            if (!found.Succeeded) return Result<Guid>.Fail(found.Errors);
            var items = found.Value!.Items;
            var d = SwotLink.DraftGoal(link.Kind, items.First(i => i.Id == link.FromItemId).Text, items.First(i => i.Id == link.ToItemId).Text);
            return await goals.HandleAsync(actor, new CreateGoal.Request
            {
                Title = d.Title, Description = d.Description, Category = d.Category, Smart = SmartForm.From(d.Smart),
                SwotItemIds = [link.FromItemId, link.ToItemId], Activate = false, ProgrammeId = found.Value.ProgrammeId,
            }, ct);
        }
    }
}
