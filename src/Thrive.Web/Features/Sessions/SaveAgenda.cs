namespace Thrive.Web.Features.Sessions;

/// <summary>
/// Either member writes the agenda's five prompts until the session is held or cancelled, and may share it: sharing is
/// what the plan's agenda owner does by the deadline, so that the other can prepare.
/// </summary>
public static class SaveAgenda
{
    /// <summary>The five prompts of the weekly agenda, and whether to share it now.</summary>
    public sealed record Request
    {
        /// <summary>Personal check-in: how are you?</summary>
        public string? CheckIn { get; init; }
        /// <summary>What went well last week.</summary>
        public string? WentWell { get; init; }
        /// <summary>What did not go so well.</summary>
        public string? DidNotGoWell { get; init; }
        /// <summary>What you hope to achieve next week.</summary>
        public string? HopeNext { get; init; }
        /// <summary>Challenges you expect.</summary>
        public string? Challenges { get; init; }
        /// <summary>Share the agenda with the partner (once shared it stays shared).</summary>
        public bool Share { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid sessionId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            if ((await access.CheckAsync(actor, Policy.Session.Write, sessionId, ct)).Denied is { } denied) return denied;
            var saved = await SessionChange.SaveAsync(db, sessionId,
                s => s.SaveAgenda(r.CheckIn, r.WentWell, r.DidNotGoWell, r.HopeNext, r.Challenges, r.Share, reader.UtcNow), ct);
            return saved.Succeeded ? Result.Ok() : Result<Unit>.Fail(saved.Errors);
        }
    }
}
