namespace Thrive.Web.Features.Sessions;

/// <summary>Once a session has started, either member records it as held or as a no-show.</summary>
public static class RecordSession
{
    public sealed record Request
    {
        /// <summary>Held or NoShow.</summary>
        public SessionStatus Status { get; init; } = SessionStatus.Held;
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid sessionId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Session.Write, sessionId, ct);
            if (grant.Denied is { } denied) return denied;
            var now = reader.UtcNow;
            var saved = await SessionChange.SaveAsync(db, sessionId, s => s.Record(r.Status, now), ct,
                s => r.Status == SessionStatus.Held ? WebhookEvent.ForSession(WebhookEventType.SessionHeld, grant.ProgrammeId, s, now) : null);
            return saved.Succeeded ? Result.Ok() : Result<Unit>.Fail(saved.Errors);
        }
    }
}
