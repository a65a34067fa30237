namespace Thrive.Web.Features.Board;

/// <summary>
/// The owner renames a card where it stands on the board (inline). A card changed since it was read answers 409 with
/// code "stale"; the answer carries the card's new version so the next move or rename from the same page works.
/// </summary>
public static class RenameTask
{
    /// <summary>The new title and the card's version as the reader saw it.</summary>
    public sealed record Request
    {
        public string? Title { get; init; }
        public Guid? Version { get; init; }
    }

    /// <summary>The card's title as saved (trimmed) and its new version.</summary>
    public sealed record Renamed(string Title, Guid Version);

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Renamed>> HandleAsync(Actor actor, Guid taskId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Card.Write, taskId, ct)).Denied is { } denied) return denied;
            if (r.Version is not { } version) return Error.Validation(nameof(Request.Version), "Send the card's version (from the board you see).");
            var task = await db.Tasks.FirstAsync(t => t.Id == taskId, ct);
            if (version != task.Version) return Stale();
            var edited = task.Edit(task.GoalId, r.Title, task.Notes, task.DueDate, reader.UtcNow);
            if (!edited.Succeeded) return Result<Renamed>.Fail(edited.Errors);
            db.Entry(task).Property(t => t.Version).OriginalValue = version;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { return Stale(); }
            return new Renamed(task.Title, task.Version);
        }

        private static Error Stale() =>
            Error.Conflict("This card changed after you opened the board. Reload to see the latest, then rename it again.", code: BoardTask.StaleCode);
    }
}
