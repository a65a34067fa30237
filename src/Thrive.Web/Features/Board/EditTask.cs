namespace Thrive.Web.Features.Board;

/// <summary>The owner edits a card's title, goal, notes and due date; a card changed since it was opened answers 409 with code "stale".</summary>
public static class EditTask
{
    /// <summary>The form (and request body), with the card's version as the reader opened it.</summary>
    public sealed record Request : CardFields
    {
        public Guid? Version { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid taskId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Card.Write, taskId, ct);
            if (grant.Denied is { } denied) return denied;
            var task = await db.Tasks.FirstAsync(t => t.Id == taskId, ct);
            if (r.Version is not { } version || version != task.Version) return Stale();
            if (await OwnerGoals.CheckAsync(db, r.GoalId, grant.OwnerId, grant.ProgrammeId, ct) is { } wrongGoal) return wrongGoal;
            var edited = task.Edit(r.GoalId, r.Title, r.Notes, r.DueDate, reader.UtcNow);
            if (!edited.Succeeded) return edited;
            db.Entry(task).Property(t => t.Version).OriginalValue = version;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Stale(); }
            return Result.Ok();
        }

        private static Error Stale() =>
            Error.Conflict("This card changed after you opened it. Reload to see the latest, then edit again.", code: BoardTask.StaleCode);
    }
}
