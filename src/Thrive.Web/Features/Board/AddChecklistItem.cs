namespace Thrive.Web.Features.Board;

/// <summary>The owner adds a step to a card's checklist (at most <see cref="ChecklistItem.MaxPerTask"/>: a longer list is two cards).</summary>
public static class AddChecklistItem
{
    public sealed record Request
    {
        public string? Text { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid taskId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Card.Write, taskId, ct)).Denied is { } denied) return denied;
            var count = await db.ChecklistItems.CountAsync(i => i.TaskId == taskId, ct);
            if (count >= ChecklistItem.MaxPerTask) return Error.Validation(nameof(Request.Text), $"A card holds at most {ChecklistItem.MaxPerTask} checklist items: split it.");
            return await NewRow.AddAsync(db, ChecklistItem.Add(taskId, r.Text, count), ct);
        }
    }
}
