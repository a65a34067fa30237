namespace Thrive.Web.Features.Sessions;

/// <summary>A member's own note on a session: stored under its author, read back only by them.</summary>
public static class SavePrivateNote
{
    public sealed record Request
    {
        public string? Text { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid sessionId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.PrivateNote.Write, sessionId, ct)).Denied is { } denied) return denied;
            var note = await OwnRow.FindOrStartAsync(db.PrivateNotes, n => n.SessionId == sessionId && n.AuthorId == actor.UserId,
                () => PrivateNote.Start(sessionId, actor.UserId), ct);
            var saved = note.Save(r.Text, reader.UtcNow);
            if (!saved.Succeeded) return SessionChange.OnRequestFields<Unit>(saved.Errors, (nameof(PrivateNote.Body), nameof(Request.Text)));
            await db.SaveChangesAsync(ct);
            return saved;
        }
    }
}
