namespace Thrive.Web.Features.Board;

/// <summary>The owner ticks a step of a card's checklist off, or on again.</summary>
public static class ToggleChecklistItem
{
    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid taskId, Guid itemId, CancellationToken ct)
        {
            if ((await access.CheckAsync(actor, Policy.Card.Write, taskId, ct)).Denied is { } denied) return denied;
            var item = await db.ChecklistItems.FirstOrDefaultAsync(i => i.Id == itemId && i.TaskId == taskId, ct);
            if (item is null) return Error.NotFound("Checklist item");
            item.Toggle();
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
    }
}
