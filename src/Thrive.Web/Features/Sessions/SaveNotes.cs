namespace Thrive.Web.Features.Sessions;

/// <summary>The notes both members of the pair keep of a session (Markdown).</summary>
public static class SaveNotes
{
    public sealed record Request
    {
        public string? Text { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid sessionId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Session.Write, sessionId, ct)).Denied is { } denied) return denied;
            var saved = await SessionChange.SaveAsync(db, sessionId, s => s.SaveNotes(r.Text), ct);
            return saved.Succeeded ? Result.Ok() : SessionChange.OnRequestFields<Unit>(saved.Errors, ("SharedNotes", nameof(Request.Text)));
        }
    }
}
