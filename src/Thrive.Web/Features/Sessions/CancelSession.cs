namespace Thrive.Web.Features.Sessions;

/// <summary>
/// Either member cancels a scheduled session with a reason; later than the plan's notice it is marked late. Both get a
/// CANCEL for their calendars.
/// </summary>
public static class CancelSession
{
    public sealed record Request
    {
        public string? Reason { get; init; }
    }

    public sealed class Handler(ThriveDbContext db, Access access, ReaderClock reader, SessionInvitations invitations)
    {
        public async Task<Result<Unit>> HandleAsync(Actor actor, Guid sessionId, Request r, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(r);
            var grant = await access.CheckAsync(actor, Policy.Session.Write, sessionId, ct);
            if (grant.Denied is { } denied) return denied;
            var notice = (await SessionTerms.OfPairAsync(db, grant.PairId, ct)).NoticeHours;
            var now = reader.UtcNow;
            var saved = await SessionChange.SaveAsync(db, sessionId, s => s.Cancel(r.Reason, notice, now), ct,
                s => WebhookEvent.ForSession(WebhookEventType.SessionCancelled, grant.ProgrammeId, s, now));
            if (!saved.Succeeded) return SessionChange.OnRequestFields<Unit>(saved.Errors, ("CancelReason", nameof(Request.Reason)));
            await invitations.CancelledAsync(await invitations.PeopleAsync(grant.PairId, ct), actor.UserId, saved.Value!, ct);
            return Result.Ok();
        }
    }
}
