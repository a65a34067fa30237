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
            if ((await access.CheckAsync(actor, Policy.Session.Write, sessionId, ct)).Denied is { } denied) return denied;
            var saved = await SessionChange.SaveAsync(db, sessionId, s => s.Record(r.Status, reader.UtcNow), ct);
            return saved.Succeeded ? Result.Ok() : Result<Unit>.Fail(saved.Errors);
        }
    }
}
